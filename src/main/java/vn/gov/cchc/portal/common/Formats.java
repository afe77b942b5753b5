package vn.gov.cchc.portal.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The formats Vietnamese officials read: dates 21/06/2023, numbers 2.054, rates 35,03%. One rule for rates:
 * half-up to two decimals.
 */
public final class Formats {

    public static final String DATE_PATTERN = "dd/MM/yyyy";
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern(DATE_PATTERN);
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private Formats() {
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public static String integer(long value) {
        return decimalFormat("#,##0").format(value);
    }

    /** A rate computed by {@link Percent}, as officials write it: 35,03%, 50%, 52,5%. */
    public static String percent(BigDecimal percent) {
        return decimalFormat("#,##0.##").format(percent) + "%";
    }

    /** A rate with exactly two decimals, as a column of rates shows every one of them: 50,00%, 35,03%. */
    public static String rate(BigDecimal percent) {
        return decimalFormat("#,##0.00").format(percent) + "%";
    }

    /** A figure as reported, with the decimals it has: 185.969, 99,22, 2.390.000.000. */
    public static String number(BigDecimal value) {
        return decimalFormat("#,##0.####").format(value);
    }

    private static DecimalFormat decimalFormat(String pattern) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.forLanguageTag("vi-VN"));
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        DecimalFormat format = new DecimalFormat(pattern, symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }
}
