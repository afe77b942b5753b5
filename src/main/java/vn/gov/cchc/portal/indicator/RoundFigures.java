package vn.gov.cchc.portal.indicator;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import vn.gov.cchc.portal.agency.AgencyGroup;
import vn.gov.cchc.portal.indicator.IndicatorChecks.Figure;

/**
 * A round's accepted figures: the national and group totals ({@link IndicatorTotals}) and each agency's, with how
 * many of the agencies asked have an accepted report.
 */
public record RoundFigures(RoundSummary round, List<Indicator> indicators, Map<Figure, BigDecimal> national,
        Map<AgencyGroup, Map<Figure, BigDecimal>> groups, List<AgencyValues> agencies) {
}
