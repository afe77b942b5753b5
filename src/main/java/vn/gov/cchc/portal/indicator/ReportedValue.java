package vn.gov.cchc.portal.indicator;

import java.math.BigDecimal;

/** A figure as the agency typed it: an indicator, a level (or the total), a value (a rate in percent: 99,22). */
public record ReportedValue(String code, IndicatorLevel level, BigDecimal value) {
}
