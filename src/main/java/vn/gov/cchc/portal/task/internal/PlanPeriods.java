package vn.gov.cchc.portal.task.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.gov.cchc.portal.common.TextMatch;
import vn.gov.cchc.portal.spreadsheet.CellValues;

/**
 * A plan's "Thời gian hoàn thành" as plans write it, as a pure rule: a date ("30/6/2024"), or a period whose last
 * day is the deadline — a month ("Tháng 6/2024", "T6/2024"), a quarter ("Quý IV/2024", "Quý 4 năm 2024"), a
 * half-year or nine months ("6 tháng đầu năm", "6 tháng cuối năm 2024", "9 tháng"), a year ("Năm 2024", "2024") —
 * or a recurring task without a fixed deadline ("Thường xuyên", "Hằng năm", "Hàng quý"). A period without its year
 * takes the plan's year; "Trước ngày 30/6/2024" is that day. Anything else ("Quý V", "Tháng 13/2024", "sớm") is not
 * read, and the plan says so on its row.
 */
final class PlanPeriods {

    /** What was read: the deadline (null for a recurring task). */
    record Reading(@Nullable LocalDate deadline, boolean recurring) {
    }

    private static final String YEAR = "(?:\\s*(?:/|-|nam)\\s*(\\d{4}))?";
    private static final Pattern MONTH = Pattern.compile("^(?:thang|t)\\s*(\\d{1,2})" + YEAR + "$");
    private static final Pattern QUARTER = Pattern.compile("^quy\\s*([ivx]+|\\d)" + YEAR + "$");
    private static final Pattern HALF = Pattern.compile("^(6|9) thang(?: (dau|cuoi))?(?: nam)?(?:\\s*(\\d{4}))?$");
    private static final Pattern WHOLE_YEAR = Pattern.compile("^(?:ca )?(?:nam\\s*)?(\\d{4})$");
    private static final Pattern BEFORE = Pattern.compile("^(?:truoc|cham nhat)(?: ngay)?\\s*(.+)$");

    private PlanPeriods() {
    }

    static Optional<Reading> read(String written, @Nullable Integer planYear) {
        String text = TextMatch.fold(written).replace('.', ' ').replaceAll("\\s+", " ").strip();
        if (text.matches("^(thuong xuyen|hang nam|hang quy|hang thang|lien tuc)( .*)?$")) {
            return Optional.of(new Reading(null, true));
        }
        Optional<LocalDate> date = CellValues.date(written.strip());
        if (date.isPresent()) {
            return date.map(day -> new Reading(day, false));
        }
        Matcher before = BEFORE.matcher(text);
        if (before.matches()) {
            return CellValues.date(before.group(1).strip()).map(day -> new Reading(day, false));
        }
        Matcher month = MONTH.matcher(text);
        if (month.matches()) {
            int number = Integer.parseInt(month.group(1));
            Integer year = year(month.group(2), planYear);
            return number < 1 || number > 12 || year == null ? Optional.empty()
                    : Optional.of(new Reading(YearMonth.of(year, number).atEndOfMonth(), false));
        }
        Matcher quarter = QUARTER.matcher(text);
        if (quarter.matches()) {
            int number = quarterNumber(quarter.group(1));
            Integer year = year(quarter.group(2), planYear);
            return number < 1 || number > 4 || year == null ? Optional.empty()
                    : Optional.of(new Reading(YearMonth.of(year, number * 3).atEndOfMonth(), false));
        }
        Matcher half = HALF.matcher(text);
        if (half.matches()) {
            Integer year = year(half.group(3), planYear);
            if (year == null || "cuoi".equals(half.group(2)) && "9".equals(half.group(1))) {
                return Optional.empty();
            }
            int lastMonth = "9".equals(half.group(1)) ? 9 : "cuoi".equals(half.group(2)) ? 12 : 6;
            return Optional.of(new Reading(YearMonth.of(year, lastMonth).atEndOfMonth(), false));
        }
        Matcher whole = WHOLE_YEAR.matcher(text);
        if (whole.matches()) {
            return Optional.of(new Reading(LocalDate.of(Integer.parseInt(whole.group(1)), 12, 31), false));
        }
        return Optional.empty();
    }

    private static @Nullable Integer year(@Nullable String written, @Nullable Integer planYear) {
        return written != null ? Integer.valueOf(written) : planYear;
    }

    /** I to IV, or 1 to 4; 0 for anything else. */
    private static int quarterNumber(String written) {
        return switch (written) {
            case "i", "1" -> 1;
            case "ii", "2" -> 2;
            case "iii", "3" -> 3;
            case "iv", "4" -> 4;
            default -> 0;
        };
    }
}
