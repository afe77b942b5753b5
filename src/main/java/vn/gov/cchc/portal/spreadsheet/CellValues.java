package vn.gov.cchc.portal.spreadsheet;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cell's text (as {@link SheetReader} gives it) read as a value: a date written as people write them in Vietnam
 * (31/12/2026, 31-12-2026, 31.12.2026, or 2026-12-31), a whole number with or without thousands separators, a
 * decimal with a comma or a point (85,43 or 85.43; 1.234,5), with or without a percent sign.
 */
public final class CellValues {

    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern WHOLE = Pattern.compile("\\d{1,3}([.,\\s]?\\d{3})*|\\d+");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,15}([.,]\\d{1,6})?");

    private CellValues() {
    }

    /** The date the text writes, or empty when it writes none (a blank text is not a date either). */
    public static Optional<LocalDate> date(String text) {
        String value = text.strip();
        try {
            Matcher dmy = DAY_MONTH_YEAR.matcher(value);
            if (dmy.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(dmy.group(3)), Integer.parseInt(dmy.group(2)),
                        Integer.parseInt(dmy.group(1))));
            }
            Matcher iso = ISO.matcher(value);
            if (iso.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3))));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The whole number the text writes ("2.054", "2,054", "2054"), or empty. */
    public static Optional<Long> wholeNumber(String text) {
        String value = text.strip();
        if (!WHOLE.matcher(value).matches() || value.length() > 18) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(value.replaceAll("[.,\\s]", "")));
    }

    /**
     * The decimal the text writes, or empty: "85,43", "85.43", "85,43 %", "1.234,5" (a point before a comma groups
     * thousands), "-3" (a negative number reads as one, for its own message).
     */
    public static Optional<BigDecimal> decimal(String text) {
        String value = text.replace("%", "").replace("\u00a0", "").replace(" ", "").strip();
        if (value.contains(".") && value.contains(",")) {
            value = value.replace(".", "");
        }
        if (!DECIMAL.matcher(value).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(value.replace(',', '.')));
    }
}
