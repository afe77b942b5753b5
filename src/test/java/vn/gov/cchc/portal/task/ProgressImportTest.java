package vn.gov.cchc.portal.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.security.Role;
import vn.gov.cchc.portal.spreadsheet.RowProblem;
import vn.gov.cchc.portal.storage.IncomingFile;
import vn.gov.cchc.portal.support.IntegrationTest;
import vn.gov.cchc.portal.support.SampleFiles;
import vn.gov.cchc.portal.support.TestTasks;
import vn.gov.cchc.portal.support.TestUsers;
import vn.gov.cchc.portal.user.UserSummary;

/**
 * An agency fills in the rate and report of its exported task list and uploads it: each filled row becomes a draft
 * report, or is sent; a row of another agency's task is refused, whatever the file says.
 */
@IntegrationTest
class ProgressImportTest {

    /** Today, taken when each test starts (not when the class loads: a run may cross midnight). */
    private final LocalDate today = LocalDate.now(PortalTime.ZONE);
    private static final List<String> HEADERS = Arrays.stream(ProgressColumn.values()).map(ProgressColumn::header).toList();

    @Autowired
    ProgressImportService imports;

    @Autowired
    ProgressReportService progressReports;

    @Autowired
    TestTasks testTasks;

    @Autowired
    TestUsers testUsers;

    @Test
    void filled_rows_become_draft_reports_then_are_sent_and_empty_rows_are_skipped() {
        long digitise = testTasks.assignTo("quang-ninh", "Số hóa hồ sơ đất đai cấp xã", today.minusDays(30), today.plusDays(60));
        long publish = testTasks.assignTo("quang-ninh", "Công khai thủ tục hành chính nội bộ", today.minusDays(30), today.plusDays(90));
        long untouched = testTasks.assignTo("quang-ninh", "Rà soát quy định kinh doanh", today.minusDays(30), today.plusDays(90));
        UserSummary officer = testUsers.create(Role.AGENCY_OFFICER, "quang-ninh");
        IncomingFile file = file(
                row(1, digitise, 45, "Đã số hóa 45% hồ sơ đất đai của 54 xã, phường."),
                row(2, publish, "80%", "Đã công khai 80 thủ tục nội bộ trên cổng thông tin của tỉnh."),
                row(3, untouched, null, null));

        ProgressPreview preview = testUsers.callAs(officer, () -> imports.preview(file));

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.lines()).extracting(ProgressLine::taskId, ProgressLine::percentDone)
                .containsExactly(tuple(digitise, 45), tuple(publish, 80));
        testUsers.runAs(officer, () -> imports.confirm(preview, false));
        assertThat(testUsers.callAs(officer, () -> progressReports.reports(digitise))).singleElement()
                .extracting(ProgressReport::percentDone, ProgressReport::submitted).containsExactly(45, false);

        testUsers.runAs(officer, () -> imports.confirm(preview, true));

        assertThat(testUsers.callAs(officer, () -> progressReports.reports(digitise))).singleElement()
                .extracting(ProgressReport::percentDone, ProgressReport::submitted).containsExactly(45, true);
        assertThat(testUsers.callAs(officer, () -> progressReports.reports(untouched))).isEmpty();
    }

    @Test
    void a_row_of_another_agencys_task_or_with_a_wrong_rate_is_refused_and_nothing_is_saved() {
        long own = testTasks.assignTo("quang-ninh", "Kiện toàn bộ phận một cửa cấp tỉnh", today.minusDays(10), today.plusDays(60));
        long other = testTasks.assignTo("quang-ninh", "Đánh giá mức độ hài lòng của người dân", today.minusDays(10), today.plusDays(60));
        long hanoi = testTasks.assignTo("ha-noi", "Thí điểm dịch vụ công toàn trình của Thủ đô", today.minusDays(10), today.plusDays(60));
        UserSummary officer = testUsers.create(Role.AGENCY_OFFICER, "quang-ninh");
        IncomingFile file = file(
                row(1, own, 30, "Đã ban hành quyết định kiện toàn."),
                row(2, hanoi, 50, "Đã làm xong phần của Hà Nội."),
                row(3, own + 1_000_000, 10, "Nhiệm vụ không có."),
                row(4, other, 130, "Tỷ lệ quá 100."),
                row(5, own, 40, "Ghi hai lần."));

        ProgressPreview preview = testUsers.callAs(officer, () -> imports.preview(file));

        assertThat(preview.problems()).extracting(RowProblem::row, RowProblem::column, RowProblem::messageKey).containsExactly(
                tuple(3, ProgressColumn.CODE.header(), "progress.error.notYours"),
                tuple(4, ProgressColumn.CODE.header(), "progress.error.notYours"),
                tuple(5, ProgressColumn.PERCENT.header(), "task.validation.percent"),
                tuple(6, ProgressColumn.CODE.header(), "plan.error.duplicate"));
        assertThat(testUsers.callAs(officer, () -> imports.confirm(preview, true)).problems()).hasSize(4);
        assertThat(testUsers.callAs(officer, () -> progressReports.reports(own))).isEmpty();
    }

    private static List<Object> row(int number, long taskId, Object percent, String report) {
        return new ArrayList<>(Arrays.asList(number, taskId, "…", "Chủ trì", null, "Đang thực hiện", percent, report));
    }

    @SafeVarargs
    private static IncomingFile file(List<Object>... rows) {
        return SampleFiles.incoming("tien-do.xlsx", SampleFiles.xlsx(HEADERS, List.of(rows)));
    }
}
