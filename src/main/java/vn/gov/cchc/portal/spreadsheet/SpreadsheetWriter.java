package vn.gov.cchc.portal.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes one sheet of rows as an XLSX file, streaming (POI's SXSSF keeps a window of rows in memory and the rest in
 * a temporary file, removed when done). Header row bold on grey, frozen, with filters; column widths as given; dates
 * and numbers as real cells with the formats Vietnamese users read: dd/MM/yyyy, 2.054, 35,03 % (Excel shows the
 * separators of the reader's locale).
 */
public final class SpreadsheetWriter {

    public static final String MIME_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int ROWS_IN_MEMORY = 200;
    private static final int MAX_TEXT = 32_767; // a cell's limit in Excel

    private SpreadsheetWriter() {
    }

    /**
     * @param rows gives the rows to the consumer it receives, in order (a service can page through a long list)
     * @return how many rows were written
     */
    public static <T> long write(OutputStream out, String sheetName, List<Column<T>> columns, Consumer<Consumer<T>> rows) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
            workbook.setCompressTempFiles(false); // compressing twice (the temporary sheet, then the file) cost a third of the time
            SXSSFSheet sheet = workbook.createSheet(safeSheetName(sheetName));
            Styles styles = new Styles(workbook);
            Row header = sheet.createRow(0);
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(columns.get(c).header());
                cell.setCellStyle(styles.header);
                sheet.setColumnWidth(c, Math.min(255, columns.get(c).width()) * 256);
            }
            long[] written = {0};
            rows.accept(item -> {
                Row row = sheet.createRow((int) (++written[0]));
                for (int c = 0; c < columns.size(); c++) {
                    Column<T> column = columns.get(c);
                    Object value = column.value().apply(item);
                    if (value != null) {
                        fill(row.createCell(c), column.kind(), value, styles);
                    }
                }
            });
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, (int) Math.max(written[0], 1), 0, columns.size() - 1));
            workbook.write(out);
            return written[0];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void fill(Cell cell, CellKind kind, Object value, Styles styles) {
        switch (kind) {
            case TEXT -> {
                String text = value.toString();
                cell.setCellValue(text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text);
                cell.setCellStyle(styles.text);
            }
            case INTEGER -> {
                cell.setCellValue(((Number) value).doubleValue());
                cell.setCellStyle(styles.integer);
            }
            case PERCENT -> {
                cell.setCellValue(value instanceof BigDecimal decimal ? decimal.doubleValue() : ((Number) value).doubleValue());
                cell.setCellStyle(styles.percent);
            }
            case DATE -> {
                cell.setCellValue((LocalDate) value);
                cell.setCellStyle(styles.date);
            }
            case DECIMAL -> {
                cell.setCellValue(((Number) value).doubleValue());
                cell.setCellStyle(styles.decimal);
            }
        }
    }

    /** Excel's rules: at most 31 characters, none of : \ / ? * [ ]. */
    static String safeSheetName(String name) {
        String safe = name.replaceAll("[:\\\\/?*\\[\\]]", "-").strip();
        return safe.isEmpty() ? "Sheet1" : safe.substring(0, Math.min(31, safe.length()));
    }

    private static final class Styles {
        final CellStyle header;
        final CellStyle text;
        final CellStyle integer;
        final CellStyle percent;
        final CellStyle date;
        final CellStyle decimal;

        Styles(SXSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setWrapText(true);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setBorderBottom(BorderStyle.THIN);
            text = workbook.createCellStyle();
            text.setVerticalAlignment(VerticalAlignment.TOP);
            integer = numeric(workbook, "#,##0");
            percent = numeric(workbook, "0.00%");
            date = numeric(workbook, "dd/mm/yyyy");
            decimal = numeric(workbook, "0.00");
        }

        private static CellStyle numeric(SXSSFWorkbook workbook, String format) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(format));
            style.setVerticalAlignment(VerticalAlignment.TOP);
            return style;
        }
    }
}
