package vn.gov.cchc.portal.task.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import vn.gov.cchc.portal.security.Roles;
import vn.gov.cchc.portal.support.IntegrationTest;
import vn.gov.cchc.portal.task.TaskFilter;
import vn.gov.cchc.portal.task.TaskListService;
import vn.gov.cchc.portal.task.TaskSort;

/** The secretariat exports the list it is looking at: every row the filter selects, in the grid's order, typed. */
@IntegrationTest
class TaskListExportTest extends SpringBrowserlessTest {

    @Autowired
    TaskListService queries;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithMockUser(roles = Roles.SECRETARIAT)
    void the_export_holds_every_row_of_the_filtered_list_in_the_grids_order_with_real_dates() throws Exception {
        TaskListView view = navigate(TaskListView.class);
        TaskFilter due2023 = new TaskFilter(LocalDate.of(2023, 12, 31), null, null, null, null,
                LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31), null, null, TaskSort.DEADLINE);
        // from the data: the tasks (not the directives above them) whose deadline falls in 2023, by deadline then id
        List<Long> ids = jdbc.queryForList("SELECT id FROM task WHERE directive = FALSE"
                + " AND deadline BETWEEN '2023-01-01' AND '2023-12-31' ORDER BY deadline, id", Long.class);
        long expected = ids.size();
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
            assertThat((long) sheet.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(1);
            for (int row = 1; row <= expected; row++) {
                assertThat((long) sheet.getRow(row).getCell(1).getNumericCellValue()).as("row %d", row).isEqualTo(ids.get(row - 1));
            }
            Map<String, Object> first = jdbc.queryForMap("SELECT a.name_vi, t.deadline FROM task t"
                    + " JOIN agency a ON a.id = t.lead_agency_id WHERE t.id = ?", ids.getFirst());
            assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo(first.get("name_vi"));
            assertThat(DateUtil.isCellDateFormatted(sheet.getRow(1).getCell(6))).isTrue();
            assertThat(sheet.getRow(1).getCell(6).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(((Date) first.get("deadline")).toLocalDate());
        }
    }
}
