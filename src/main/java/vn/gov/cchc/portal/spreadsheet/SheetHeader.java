package vn.gov.cchc.portal.spreadsheet;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.gov.cchc.portal.common.TextMatch;
import vn.gov.cchc.portal.common.ValidationException;
import vn.gov.cchc.portal.spreadsheet.SheetReader.SheetRow;

/**
 * The header row of an uploaded sheet and where each known column is: the first row (of the first ten, a file may
 * have a caption above, merged or not) that has a given header; headers compare without tone marks, case or
 * punctuation ("Kết quả/sản phẩm" is "ket qua san pham"), a column may go by any of its names, and the columns may
 * be in any order, with others between them. A merged header row is refused: its columns cannot be told apart.
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
        Map<String, List<String>> names = new LinkedHashMap<>();
        known.forEach(header -> names.put(header, List.of(header)));
        names.putIfAbsent(mustHave, List.of(mustHave));
        return find(rows, mustHave, names);
    }

    /**
     * The header row that has one of the names of {@code mustHave}, with the position of each column found by any of
     * its names ({@code names}: a column's own header, then the other names people give it).
     */
    public static Optional<SheetHeader> find(List<SheetRow> rows, String mustHave, Map<String, List<String>> names) {
        List<String> wanted = names.getOrDefault(mustHave, List.of(mustHave)).stream().map(SheetHeader::normal).toList();
        for (int i = 0; i < Math.min(SEARCHED_ROWS, rows.size()); i++) {
            List<String> cells = rows.get(i).cells();
            if (cells.stream().anyMatch(cell -> wanted.contains(normal(cell)))) {
                if (rows.get(i).merged()) {
                    throw new ValidationException("file", "spreadsheet.mergedHeader");
                }
                Map<String, Integer> columns = new HashMap<>();
                for (int c = 0; c < cells.size(); c++) {
                    String cell = normal(cells.get(c));
                    for (Map.Entry<String, List<String>> column : names.entrySet()) {
                        if (column.getValue().stream().map(SheetHeader::normal).anyMatch(cell::equals)) {
                            columns.putIfAbsent(column.getKey(), c);
                        }
                    }
                }
                return Optional.of(new SheetHeader(i, rows.get(i).number(), columns));
            }
        }
        return Optional.empty();
    }

    /** A header as compared: folded, punctuation as spaces, spaces collapsed. */
    static String normal(String header) {
        return TextMatch.fold(header).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** The rows above the header (a caption: the plan's title, number and date). */
    public List<SheetRow> captionRows(List<SheetRow> rows) {
        return rows.subList(0, index);
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
