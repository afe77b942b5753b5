package vn.gov.cchc.portal.indicator;

import java.math.BigDecimal;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An agency's result of an index for a year, as published: the scores the index has, the total (a score, or a
 * percentage for a percentage index), the per-area percentages by area code, and the rank in its group — none when
 * the agency was assessed but not ranked.
 */
public record IndexScores(@Nullable BigDecimal self, @Nullable BigDecimal appraised, @Nullable BigDecimal survey,
        @Nullable BigDecimal total, Map<String, BigDecimal> areas, @Nullable Integer rank) {

    public IndexScores {
        areas = Map.copyOf(areas);
    }
}
