package vn.gov.cchc.portal.indicator;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The publication of an index for a year: the document that announced it, the national value where one is
 * published (SIPAS 2023: 82,66 %), and how many agencies were ranked (Lào Cai 11/63).
 */
public record IndexPublication(long frameworkId, int year, @Nullable String document, @Nullable BigDecimal nationalValue,
        @Nullable Integer rankedCount, long version) {
}
