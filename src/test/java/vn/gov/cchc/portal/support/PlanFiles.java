package vn.gov.cchc.portal.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.gov.cchc.portal.storage.IncomingFile;
import vn.gov.cchc.portal.task.PlanColumn;

/**
 * A plan file as a secretariat fills in the template: the plan's headers, then one row per task. A date value is
 * written as a real date cell (dd/mm/yyyy), anything else as text, so a test can also type a date as text.
 */
public final class PlanFiles {

    private final List<Map<PlanColumn, Object>> rows = new ArrayList<>();
    private Map<PlanColumn, Object> current;

    /** Starts a row; the STT is filled in. */
    public PlanFiles row() {
        current = new EnumMap<>(PlanColumn.class);
        rows.add(current);
        current.put(PlanColumn.NUMBER, String.valueOf(rows.size()));
        return this;
    }

    public PlanFiles set(PlanColumn column, Object value) {
        current.put(column, value);
        return this;
    }

    /** A row with the usual cells: a task of a document of 15/01/2026, due 30/06/2026. */
    public PlanFiles task(String title, String area, String lead) {
        return row().set(PlanColumn.TITLE, title).set(PlanColumn.AREA, area).set(PlanColumn.LEAD, lead)
                .set(PlanColumn.DEADLINE, LocalDate.of(2026, 6, 30)).set(PlanColumn.PRODUCT, "Báo cáo kết quả thực hiện")
                .set(PlanColumn.DOCUMENT, "18/KH-BCĐCCHC").set(PlanColumn.DOCUMENT_DATE, LocalDate.of(2026, 1, 15))
                .set(PlanColumn.SIGNER, "Phạm Thị Thanh Trà");
    }

    public int size() {
        return rows.size();
    }

    public byte[] bytes() {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Kế hoạch");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            Row header = sheet.createRow(0);
            for (PlanColumn column : PlanColumn.values()) {
                header.createCell(column.ordinal()).setCellValue(column.header());
            }
            for (int i = 0; i < rows.size(); i++) {
                Row row = sheet.createRow(i + 1);
                for (Map.Entry<PlanColumn, Object> cell : rows.get(i).entrySet()) {
                    if (cell.getValue() instanceof LocalDate day) {
                        row.createCell(cell.getKey().ordinal()).setCellValue(day);
                        row.getCell(cell.getKey().ordinal()).setCellStyle(date);
                    } else {
                        row.createCell(cell.getKey().ordinal()).setCellValue(String.valueOf(cell.getValue()));
                    }
                }
            }
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public IncomingFile incoming(String fileName) {
        return SampleFiles.incoming(fileName, bytes());
    }
}
