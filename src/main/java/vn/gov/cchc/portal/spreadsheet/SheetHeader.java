package vn.gov.cchc.portal.spreadsheet;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.gov.cchc.portal.common.TextMatch;
import vn.gov.cchc.portal.spreadsheet.SheetReader.SheetRow;

/**
 * The header row of an uploaded sheet and where each known column is: the first row (of the first ten, a file may
 * have a caption above) that has a given header; headers compare without tone marks or case, and the columns may
 * be in any order, with others between them.
 */
public final class SheetHeader {

    private static final int SEARCHED_ROWS = 10;

    private final int index;
    private final int rowNumber;
    private final Map<String, Integer> columns;

    private SheetHeader(int index, int rowNumber, Map<String, Integer> columns) {
        this.index = index;
        this.rowNumber = rowNumber;
        this.columns = columns;
    }

    /** The header row that has {@code mustHave}, with the positions of the {@code known} headers it has. */
    public static Optional<SheetHeader> find(List<SheetRow> rows, String mustHave, List<String> known) {
        String wanted = TextMatch.fold(mustHave);
        for (int i = 0; i < Math.min(SEARCHED_ROWS, rows.size()); i++) {
            List<String> cells = rows.get(i).cells();
            if (cells.stream().anyMatch(cell -> TextMatch.fold(cell).equals(wanted))) {
                Map<String, Integer> columns = new HashMap<>();
                for (int c = 0; c < cells.size(); c++) {
                    String folded = TextMatch.fold(cells.get(c));
                    for (String header : known) {
                        if (TextMatch.fold(header).equals(folded)) {
                            columns.putIfAbsent(header, c);
                        }
                    }
                }
                return Optional.of(new SheetHeader(i, rows.get(i).number(), columns));
            }
        }
        return Optional.empty();
    }

    public boolean has(String header) {
        return columns.containsKey(header);
    }

    /** The header's row number as Excel shows it. */
    public int rowNumber() {
        return rowNumber;
    }

    /** The rows below the header. */
    public List<SheetRow> dataRows(List<SheetRow> rows) {
        return rows.subList(index + 1, rows.size());
    }

    /** The row's cell under the header, stripped; "" when the column or the cell is missing. */
    public String cell(SheetRow row, String header) {
        Integer column = columns.get(header);
        return column == null || column >= row.cells().size() ? "" : row.cells().get(column).strip();
    }
}
