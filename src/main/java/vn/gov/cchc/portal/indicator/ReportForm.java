package vn.gov.cchc.portal.indicator;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What an agency's form of a round shows: the round, the indicators its group reports with the levels they split
 * into, the values it accepted last time (per figure, for comparison), and its report as it stands.
 */
public record ReportForm(RoundSummary round, List<Indicator> indicators, List<IndicatorLevel> levels,
        Map<IndicatorChecks.Figure, BigDecimal> previous, AgencyReport report) {
}
