package vn.gov.cchc.portal.indicator;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import vn.gov.cchc.portal.agency.AgencyGroup;

/**
 * A published index as one version of it assesses one group of agencies from {@code firstYear} on (PAR INDEX of the
 * provinces under QĐ 1150, then under QĐ 876): its tree of items, and which scores a result has. A {@code SCORE}
 * index is out of {@code maxScore}; a {@code PERCENT} index (SIPAS) is a percentage itself.
 *
 * @param indexCode    the index (PAR_INDEX, SIPAS, DVC_766, PAPI, PCI, or one the secretariat adds)
 * @param basis        the decision that sets the framework, where there is one
 * @param selfAssessed whether a result has the agency's own score
 * @param appraised    whether a result has the score after appraisal (thẩm định)
 * @param surveyed     whether a result has a score from a sociological survey
 */
public record IndexFramework(long id, String indexCode, String nameVi, String nameEn, AgencyGroup group,
        @Nullable String basis, int firstYear, IndicatorUnit unit, @Nullable BigDecimal maxScore, boolean selfAssessed,
        boolean appraised, boolean surveyed, List<IndexItem> items) {

    /** The most a score (or a percentage index's value) can be: the maximum score, or 100. */
    public BigDecimal ceiling() {
        return unit == IndicatorUnit.PERCENT || maxScore == null ? BigDecimal.valueOf(100) : maxScore;
    }

    public List<IndexItem> areas() {
        return items.stream().filter(IndexItem::area).toList();
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
    }
}
