package vn.gov.cchc.portal.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** A list written as a spreadsheet reads back as the same values, typed, formatted, with a usable header. */
class SpreadsheetWriterTest {

    record Line(long id, String title, LocalDate deadline, BigDecimal rate, String note) {
    }

    private static final List<Column<Line>> COLUMNS = List.of(
            Column.integer("Mã nhiệm vụ", Line::id),
            Column.text("Nội dung nhiệm vụ", 60, Line::title),
            Column.date("Thời hạn hoàn thành", Line::deadline),
            Column.percent("Tỷ lệ đúng hạn", Line::rate),
            Column.text("Ghi chú", 30, Line::note));

    @Test
    void dates_numbers_and_percentages_are_real_cells_under_a_frozen_filtered_header() throws Exception {
        List<Line> lines = List.of(
                new Line(2054, "Rà soát, đơn giản hóa thủ tục hành chính nội bộ", LocalDate.of(2023, 12, 31), new BigDecimal("0.3503"), "Theo 412/TB-VPCP"),
                new Line(2055, "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", null, new BigDecimal("1"), null));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        long written = SpreadsheetWriter.write(out, "Nhiệm vụ: kế hoạch/2023 [bản xuất] của Văn phòng", COLUMNS, sink -> lines.forEach(sink));

        assertThat(written).isEqualTo(2);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Nhiệm vụ- kế hoạch-2023 -bản xu").hasSizeLessThanOrEqualTo(31);
            Row header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Mã nhiệm vụ");
            assertThat(header.getCell(4).getStringCellValue()).isEqualTo("Ghi chú");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:E3");

            Row first = sheet.getRow(1);
            assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(2054);
            assertThat(first.getCell(0).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(DateUtil.isCellDateFormatted(first.getCell(2))).isTrue();
            assertThat(first.getCell(2).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2023, 12, 31));
            assertThat(first.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
            assertThat(first.getCell(3).getNumericCellValue()).isEqualTo(0.3503);
            assertThat(first.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0.00%");

            Row second = sheet.getRow(2);
            assertThat(second.getCell(2)).as("no deadline: an empty cell").isNull();
            assertThat(second.getCell(4)).isNull();
            assertThat(second.getCell(1).getCellType()).isEqualTo(CellType.STRING);
        }
    }
}
