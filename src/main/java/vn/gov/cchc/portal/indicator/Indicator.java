package vn.gov.cchc.portal.indicator;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.gov.cchc.portal.agency.AgencyGroup;
import java.util.Locale;

/**
 * An indicator of the catalogue as it stands from {@code validFrom} on (a change to an indicator is a new version
 * from a period on; past periods keep the version they were reported under). A rate names the counts it is computed
 * from: {@code numerator} / {@code denominator} (on-time rate = dossiers on time / dossiers resolved); it may also be
 * reported alone, without its counts.
 *
 * @param byLevel whether the figure is also reported per level ({@link IndicatorLevel#of})
 * @param groups  the groups of agencies that report it
 * @param sameAs  another indicator that counts the same thing another way (services on the national portal counted
 *                by the agency and by its portal): a report giving both must give the same number
 */
public record Indicator(String code, String nameVi, String nameEn, IndicatorUnit unit, boolean byLevel,
        Set<AgencyGroup> groups, @Nullable String numerator, @Nullable String denominator, LocalDate validFrom,
        int position, @Nullable String sameAs) {

    public Indicator(String code, String nameVi, String nameEn, IndicatorUnit unit, boolean byLevel,
            Set<AgencyGroup> groups, @Nullable String numerator, @Nullable String denominator, LocalDate validFrom,
            int position) {
        this(code, nameVi, nameEn, unit, byLevel, groups, numerator, denominator, validFrom, position, null);
    }

    public boolean rate() {
        return numerator != null && denominator != null;
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
    }
}
