package vn.gov.cchc.portal.indicator;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** An agency's accepted value of a figure in one round, and the change from its previous point (null for the first). */
public record SeriesPoint(RoundSummary round, BigDecimal value, @Nullable BigDecimal change) {
}
