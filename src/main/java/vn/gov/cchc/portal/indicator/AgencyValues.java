package vn.gov.cchc.portal.indicator;

import java.math.BigDecimal;
import java.util.Map;
import vn.gov.cchc.portal.agency.AgencySummary;
import vn.gov.cchc.portal.indicator.IndicatorChecks.Figure;

/** One agency's accepted figures of a round (its latest accepted revision), as the agency was on the cut-off. */
public record AgencyValues(AgencySummary agency, Map<Figure, BigDecimal> values) {
}
