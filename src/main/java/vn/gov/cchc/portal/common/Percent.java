package vn.gov.cchc.portal.common;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The one rule for rates everywhere in the portal: part / whole in percent, half-up to two decimals. */
public final class Percent {

    private Percent() {
    }

    /** {@code part / whole} in percent, half-up to two decimals; zero when the whole is zero. */
    public static BigDecimal of(long part, long whole) {
        if (whole == 0) {
            return BigDecimal.ZERO;
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }
}
