package vn.gov.cchc.portal.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;
import vn.gov.cchc.portal.agency.AgencyName;

/** An agency's published result of an index for a year, with the agency as it was that year. */
public record IndexResult(long id, long frameworkId, int year, long agencyId, AgencyName agency, IndexScores scores,
        long version) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The total as a percentage of the framework's maximum (a percentage index's total is one already). */
    public @Nullable BigDecimal percentOfMax(IndexFramework framework) {
        BigDecimal total = scores.total();
        if (total == null || framework.unit() == IndicatorUnit.PERCENT || framework.maxScore() == null) {
            return total;
        }
        return total.multiply(HUNDRED).divide(framework.maxScore(), 2, RoundingMode.HALF_UP);
    }
}
