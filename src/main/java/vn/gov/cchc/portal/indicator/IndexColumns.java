package vn.gov.cchc.portal.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import vn.gov.cchc.portal.agency.AgencyName;
import vn.gov.cchc.portal.spreadsheet.Column;

/**
 * The columns of an index results sheet, laid out like the published tables: the agency, the scores the index has,
 * the total, a column per area (its percentage), the rank. Headers are part of the file format, in Vietnamese
 * whatever the user's language; an area's column is "1. Cải cách thể chế (%)", or just the area's name.
 */
public final class IndexColumns {

    public static final String NUMBER = "STT";
    public static final String AGENCY = "Cơ quan";
    public static final String SELF = "Điểm tự đánh giá";
    public static final String APPRAISED = "Điểm thẩm định";
    public static final String SURVEY = "Điểm điều tra xã hội học";
    public static final String TOTAL_SCORE = "Tổng điểm";
    public static final String TOTAL_PERCENT = "Chỉ số (%)";
    public static final String RANK = "Xếp hạng";
    /** What the rank column says of an agency assessed but not ranked (a blank cell says the same). */
    public static final String NOT_RANKED = "Không xếp hạng";

    private IndexColumns() {
    }

    public static String total(IndexFramework framework) {
        return framework.unit() == IndicatorUnit.PERCENT ? TOTAL_PERCENT : TOTAL_SCORE;
    }

    public static String area(IndexItem area) {
        return area.code() + ". " + area.nameVi() + " (%)";
    }

    /** Every header the framework's sheet may have, an area by either of its headers. */
    public static List<String> headers(IndexFramework framework) {
        List<String> headers = new ArrayList<>(List.of(NUMBER, AGENCY, SELF, APPRAISED, SURVEY, total(framework), RANK));
        for (IndexItem area : framework.areas()) {
            headers.add(area(area));
            headers.add(area.nameVi());
        }
        return headers;
    }

    /** The sheet's columns for the framework, each row an agency with its result (or none yet). */
    public static List<Column<IndexSheetRow>> of(IndexFramework framework) {
        List<Column<IndexSheetRow>> columns = new ArrayList<>();
        columns.add(Column.integer(NUMBER, IndexSheetRow::number));
        columns.add(Column.text(AGENCY, 36, row -> row.agency().vi()));
        if (framework.selfAssessed()) {
            columns.add(Column.decimal(SELF, score(IndexScores::self)));
        }
        if (framework.appraised()) {
            columns.add(Column.decimal(APPRAISED, score(IndexScores::appraised)));
        }
        if (framework.surveyed()) {
            columns.add(Column.decimal(SURVEY, score(IndexScores::survey)));
        }
        columns.add(Column.decimal(total(framework), score(IndexScores::total)));
        for (IndexItem area : framework.areas()) {
            columns.add(Column.decimal(area(area), row -> row.scores() == null ? null : row.scores().areas().get(area.code())));
        }
        columns.add(Column.integer(RANK, row -> row.scores() == null ? null : row.scores().rank()));
        return columns;
    }

    private static Function<IndexSheetRow, @Nullable Object> score(Function<IndexScores, @Nullable BigDecimal> part) {
        return row -> row.scores() == null ? null : part.apply(row.scores());
    }

    /** A row of the sheet: an agency of the year and its result, if entered. */
    public record IndexSheetRow(int number, AgencyName agency, @Nullable IndexScores scores) {
    }
}
