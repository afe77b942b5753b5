package vn.gov.cchc.portal.indicator;

import java.math.BigDecimal;

/**
 * One place where a submission disagrees: the figure as reported (kept as it is) and the figure it is compared with
 * — the rate of the counts, the sum of the levels, the whole, the median of the previous periods.
 */
public record Disagreement(DisagreementKind kind, String code, IndicatorLevel level, BigDecimal reported,
        BigDecimal computed) {
}
