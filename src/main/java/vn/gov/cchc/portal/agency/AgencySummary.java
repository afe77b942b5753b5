package vn.gov.cchc.portal.agency;

import java.time.LocalDate;
import java.util.Locale;

/** An agency as lists and pickers show it. A null {@code validFrom} or {@code validTo} means open-ended. */
public record AgencySummary(
        long id,
        String code,
        String gsoCode,
        String nameVi,
        String nameEn,
        AgencyKind kind,
        LocalDate validFrom,
        LocalDate validTo,
        Long successorId,
        AgencyName successor,
        long version) {

    public AgencyGroup group() {
        return kind.group();
    }

    public boolean activeOn(LocalDate date) {
        return (validFrom == null || !validFrom.isAfter(date)) && (validTo == null || !validTo.isBefore(date));
    }

    public AgencyName label() {
        return new AgencyName(nameVi, nameEn);
    }

    /** The name in the given language (Vietnamese unless English is asked for). */
    public String name(Locale locale) {
        return label().in(locale);
    }
}
