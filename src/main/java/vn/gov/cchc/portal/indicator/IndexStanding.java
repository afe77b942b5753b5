package vn.gov.cchc.portal.indicator;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** One agency's place in one index for one year, as its profile lists them. */
public record IndexStanding(IndexFramework framework, int year, @Nullable BigDecimal total, @Nullable BigDecimal percent,
        @Nullable Integer rank, @Nullable Integer rankedCount) {
}
