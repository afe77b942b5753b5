package vn.gov.cchc.portal.task.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.gov.cchc.portal.common.TextMatch;
import vn.gov.cchc.portal.spreadsheet.SheetReader.SheetRow;
import java.util.Locale;

/**
 * What a plan's caption says above its table, read once for every row: the plan's year ("KẾ HOẠCH CẢI CÁCH HÀNH
 * CHÍNH NĂM 2024") and its document ("(Kèm theo Kế hoạch số 301/KH-UBND ngày 28/12/2023)", or "Số: 301/KH-UBND" with
 * "ngày 28 tháng 12 năm 2023"). Whatever it does not say stays null.
 */
record PlanCaption(@Nullable Integer year, @Nullable String docNumber, @Nullable LocalDate docDate) {

    private static final Pattern YEAR = Pattern.compile("ke hoach .*\\bnam (\\d{4})");
    private static final Pattern NUMBER = Pattern.compile("\\b(?:ke hoach so|so)\\b\\s*:?\\s*(\\d+[0-9a-z/\\-.]*)");
    private static final Pattern DATE = Pattern.compile("ngay (\\d{1,2})\\s*(?:/|-|\\.|thang)\\s*(\\d{1,2})\\s*(?:/|-|\\.|nam)\\s*(\\d{4})");

    static PlanCaption read(List<SheetRow> caption) {
        Integer year = null;
        String number = null;
        LocalDate date = null;
        for (SheetRow row : caption) {
            for (String cell : row.cells()) {
                String text = TextMatch.fold(cell);
                Matcher y = YEAR.matcher(text);
                if (year == null && y.find()) {
                    year = Integer.valueOf(y.group(1));
                }
                Matcher n = NUMBER.matcher(text);
                if (number == null && n.find()) {
                    number = original(cell, n.group(1));
                }
                Matcher d = DATE.matcher(text);
                if (date == null && d.find()) {
                    try {
                        date = LocalDate.of(Integer.parseInt(d.group(3)), Integer.parseInt(d.group(2)), Integer.parseInt(d.group(1)));
                    } catch (DateTimeException notADate) {
                        // left for the row checks: the document's date is then missing
                    }
                }
            }
        }
        return new PlanCaption(year, number, date);
    }

    /** The number as written (the fold lowered its case and took off its marks: "301/KH-UBND", "12/KH-BCĐ"). */
    private static String original(String cell, String folded) {
        String[] words = cell.split("\\s+");
        for (String word : words) {
            String trimmed = word.replaceAll("^[(:]+|[),;:.]+$", "");
            if (TextMatch.fold(trimmed).equals(folded.replaceAll("[.]+$", ""))) {
                return trimmed;
            }
        }
        return folded.toUpperCase(Locale.ROOT);
    }
}
