package vn.gov.cchc.portal.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import vn.gov.cchc.portal.common.ValidationException;
import vn.gov.cchc.portal.spreadsheet.SheetReader.SheetRow;
import vn.gov.cchc.portal.support.SampleFiles;

/** A filled plan reads back as rows of text; every kind of bad file is refused with its own message. */
class SheetReaderTest {

    @Test
    void rows_come_with_their_excel_numbers_dates_as_dd_mm_yyyy_and_empty_cells_kept_in_place() throws Exception {
        byte[] file = workbook(sheet -> {
            row(sheet, 0, "STT", "Nội dung nhiệm vụ", "Cơ quan phối hợp", "Thời hạn hoàn thành");
            row(sheet, 1, "1", "Rà soát thủ tục hành chính nội bộ", "", null);
            CellStyle otherDateFormat = sheet.getWorkbook().createCellStyle();
            otherDateFormat.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat("d-mmm-yy"));
            sheet.getRow(1).createCell(3).setCellValue(LocalDate.of(2026, 12, 31));
            sheet.getRow(1).getCell(3).setCellStyle(otherDateFormat);
            row(sheet, 3, "2", "Số hóa hồ sơ", "Bộ Tư pháp", null);
        });

        List<SheetReader.SheetRow> rows = SheetReader.read(new ByteArrayInputStream(file), null, 100);

        assertThat(rows).extracting(SheetReader.SheetRow::number).containsExactly(1, 2, 4);
        assertThat(rows.get(1).cells()).containsExactly("1", "Rà soát thủ tục hành chính nội bộ", "", "31/12/2026");
        assertThat(rows.get(2).cells()).containsExactly("2", "Số hóa hồ sơ", "Bộ Tư pháp");
    }

    @Test
    void a_renamed_pdf_is_not_a_spreadsheet() {
        assertRefused(SampleFiles.pdf(), "spreadsheet.notXlsx");
    }

    @Test
    void a_password_protected_workbook_is_refused_with_what_to_do() throws Exception {
        byte[] plain = workbook(sheet -> row(sheet, 0, "STT"));
        POIFSFileSystem fs = new POIFSFileSystem();
        Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
        encryptor.confirmPassword("MatKhau-2026");
        try (OutputStream out = encryptor.getDataStream(fs)) {
            out.write(plain);
        }
        ByteArrayOutputStream encrypted = new ByteArrayOutputStream();
        fs.writeFilesystem(encrypted);
        assertRefused(encrypted.toByteArray(), "spreadsheet.protectedOrOld");
    }

    @Test
    void a_zip_bomb_is_refused_before_it_inflates() {
        assertRefused(SampleFiles.zipBombDocx(), "file.unsafeArchive");
    }

    @Test
    void more_rows_than_allowed_stop_the_reading() throws Exception {
        byte[] file = workbook(sheet -> {
            for (int i = 0; i <= 30; i++) {
                row(sheet, i, Integer.toString(i), "Nhiệm vụ " + i);
            }
        });
        assertRefused(file, "spreadsheet.tooManyRows", 20);
    }

    @Test
    void a_formula_that_refers_to_another_file_is_refused() throws Exception {
        byte[] file = workbook(sheet -> {
            XSSFWorkbook other = new XSSFWorkbook();
            other.createSheet("Sheet1").createRow(0).createCell(0).setCellValue(42);
            sheet.getWorkbook().linkExternalWorkbook("so-lieu-tinh.xlsx", other);
            row(sheet, 0, "STT", "Số liệu");
            row(sheet, 1, "1", null);
            sheet.getRow(1).createCell(1).setCellFormula("[so-lieu-tinh.xlsx]Sheet1!A1");
        });
        assertRefused(file, "spreadsheet.externalLink");
    }

    @Test
    void a_merged_caption_above_the_header_reads_and_a_merged_header_row_is_refused() throws Exception {
        byte[] captioned = workbook(sheet -> {
            row(sheet, 0, "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2027", null);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 1));
            row(sheet, 1, "STT", "Nội dung nhiệm vụ");
            row(sheet, 2, "1", "Rà soát");
        });
        List<SheetRow> rows = SheetReader.read(new ByteArrayInputStream(captioned), null, 1000);
        assertThat(rows).extracting(SheetRow::number, SheetRow::merged).containsExactly(
                Tuple.tuple(1, true), Tuple.tuple(2, false),
                Tuple.tuple(3, false));
        assertThat(SheetHeader.find(rows, "Nội dung nhiệm vụ", List.of("STT", "Nội dung nhiệm vụ")).orElseThrow().rowNumber())
                .isEqualTo(2);

        byte[] mergedHeader = workbook(sheet -> {
            row(sheet, 0, "Nội dung nhiệm vụ", null);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 1));
            row(sheet, 1, "Rà soát", null);
        });
        List<SheetRow> merged = SheetReader.read(new ByteArrayInputStream(mergedHeader), null, 1000);
        assertThatThrownBy(() -> SheetHeader.find(merged, "Nội dung nhiệm vụ", List.of("Nội dung nhiệm vụ")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.messageKey()).isEqualTo("spreadsheet.mergedHeader"));
    }

    private static void assertRefused(byte[] file, String messageKey) {
        assertRefused(file, messageKey, 1000);
    }

    private static void assertRefused(byte[] file, String messageKey, int maxRows) {
        assertThatThrownBy(() -> SheetReader.read(new ByteArrayInputStream(file), null, maxRows))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.messageKey()).isEqualTo(messageKey));
    }

    interface SheetFiller {
        void fill(XSSFSheet sheet) throws IOException;
    }

    private static byte[] workbook(SheetFiller filler) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            filler.fill(workbook.createSheet("Kế hoạch"));
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static void row(XSSFSheet sheet, int index, String... values) {
        Row row = sheet.getRow(index) == null ? sheet.createRow(index) : sheet.getRow(index);
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                row.createCell(i).setCellValue(values[i]);
            }
        }
    }
}
