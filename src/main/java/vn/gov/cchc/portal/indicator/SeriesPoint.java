package vn.gov.cchc.portal.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An agency's accepted value of a figure in one round (its title and cut-off), and the change from its previous
 * point (null for the first).
 */
public record SeriesPoint(long roundId, String round, LocalDate cutoff, BigDecimal value, @Nullable BigDecimal change) {
}
