package vn.gov.cchc.portal.task.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import vn.gov.cchc.portal.security.Roles;
import vn.gov.cchc.portal.support.IntegrationTest;
import vn.gov.cchc.portal.task.TaskFilter;
import vn.gov.cchc.portal.task.TaskQueryService;
import vn.gov.cchc.portal.task.TaskRow;
import vn.gov.cchc.portal.task.TaskSort;

/** The secretariat exports the list it is looking at: every row the filter selects, in the grid's order, typed. */
@IntegrationTest
class TaskListExportTest extends SpringBrowserlessTest {

    @Autowired
    TaskQueryService queries;

    @Test
    @WithMockUser(roles = Roles.SECRETARIAT)
    void the_export_holds_every_row_of_the_filtered_list_in_the_grids_order_with_real_dates() throws Exception {
        TaskListView view = navigate(TaskListView.class);
        TaskFilter due2023 = new TaskFilter(LocalDate.of(2023, 12, 31), null, null, null, null,
                LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31), null, null, TaskSort.DEADLINE);
        long expected = queries.count(due2023);
        assertThat(expected).as("several pages of the export (500 rows each)").isGreaterThan(1000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        long written = new TaskListExport(queries, view).write(out, due2023);

        assertThat(written).isEqualTo(expected);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo((int) expected);
            Row header = sheet.getRow(0);
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Mã nhiệm vụ");
            assertThat(header.getCell(2).getStringCellValue()).isEqualTo("Nội dung nhiệm vụ");
            assertThat(header.getCell(6).getStringCellValue()).isEqualTo("Thời hạn hoàn thành");
            TaskRow first = queries.page(due2023, 0, 1).getFirst();
            TaskRow last = queries.page(due2023, (int) expected - 1, 1).getFirst();
            assertThat((long) sheet.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(1);
            assertThat((long) sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(first.id());
            assertThat((long) sheet.getRow((int) expected).getCell(1).getNumericCellValue()).isEqualTo(last.id());
            assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo(first.leadAgency().vi());
            assertThat(DateUtil.isCellDateFormatted(sheet.getRow(1).getCell(6))).isTrue();
            assertThat(sheet.getRow(1).getCell(6).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(first.deadline());
        }
    }
}
