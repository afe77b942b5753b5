package vn.gov.cchc.portal.task.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import vn.gov.cchc.portal.agency.AgencySummary;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.security.Role;
import vn.gov.cchc.portal.security.Roles;
import vn.gov.cchc.portal.security.SystemAuthentication;
import vn.gov.cchc.portal.session.ConclusionService;
import vn.gov.cchc.portal.session.SessionFilter;
import vn.gov.cchc.portal.session.SessionService;
import vn.gov.cchc.portal.support.DialogButtons;
import vn.gov.cchc.portal.support.IntegrationTest;
import vn.gov.cchc.portal.support.SampleFiles;
import vn.gov.cchc.portal.support.TestTasks;
import vn.gov.cchc.portal.support.TestUsers;
import vn.gov.cchc.portal.task.ProgressReportService;
import vn.gov.cchc.portal.task.TaskFilter;
import vn.gov.cchc.portal.task.TaskListService;
import vn.gov.cchc.portal.task.TaskQueryService;
import vn.gov.cchc.portal.task.TaskRow;
import vn.gov.cchc.portal.task.TaskState;
import vn.gov.cchc.portal.task.TaskWorkflowService;
import vn.gov.cchc.portal.user.UserSummary;

@IntegrationTest
@WithMockUser(username = "thuky", roles = Roles.SECRETARIAT)
class TaskViewsTest extends SpringBrowserlessTest {

    /** Today, taken when each test starts (not when the class loads: a run may cross midnight). */
    private final LocalDate today = LocalDate.now(PortalTime.ZONE);

    @Autowired
    TaskQueryService queries;

    @Autowired
    TaskListService taskList;

    @Autowired
    TaskWorkflowService workflow;

    @Autowired
    TestTasks testTasks;

    @Autowired
    TestUsers testUsers;

    @Autowired
    ProgressReportService progressReports;

    @Autowired
    SessionService sessions;

    @Autowired
    ConclusionService conclusions;

    @Test
    void secretariat_assigns_a_task_from_a_conclusion_paragraph_with_the_source_prefilled() {
        long conclusion = SystemAuthentication.callAsSystem(() -> {
            long fifth = sessions.list(new SessionFilter(2023, null)).getFirst().id();
            return conclusions.list(fifth).getFirst().id();
        });
        UI.getCurrent().navigate("tasks", QueryParameters.of("conclusion", String.valueOf(conclusion)));
        Dialog dialog = find(Dialog.class).single();
        assertThat(find(TextField.class).from(dialog).withCaption("Tên nhiệm vụ").single().getValue())
                .startsWith("Các bộ, ngành, địa phương cần nỗ lực");
        @SuppressWarnings("unchecked")
        ComboBox<Object> area = find(ComboBox.class).from(dialog).withCaption("Lĩnh vực").single();
        test(area).selectItem("Công tác chỉ đạo, điều hành");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<Object> leads = find(MultiSelectComboBox.class).from(dialog).withCaption("Cơ quan chủ trì").single();
        test(leads).selectItem("Bộ Tư pháp");
        test(find(DatePicker.class).from(dialog).withCaption("Thời hạn").single()).setValue(today.plusMonths(2));

        test(DialogButtons.footerButton(dialog, "Giao nhiệm vụ")).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(find(H2.class).first().getText()).startsWith("Các bộ, ngành, địa phương cần nỗ lực");
    }

    @Test
    void a_deadline_before_the_assignment_date_is_shown_on_the_deadline_field_and_nothing_is_assigned() {
        navigate(TaskListView.class);
        test(find(Button.class).withText("Giao nhiệm vụ").single()).click();
        Dialog dialog = find(Dialog.class).single();
        test(find(TextField.class).from(dialog).withCaption("Số, ký hiệu văn bản giao").single()).setValue("9/QĐ-BCĐ");
        test(find(TextField.class).from(dialog).withCaption("Tên nhiệm vụ").single()).setValue("Nhiệm vụ có thời hạn sai");
        @SuppressWarnings("unchecked")
        ComboBox<Object> area = find(ComboBox.class).from(dialog).withCaption("Lĩnh vực").single();
        test(area).selectItem("Cải cách thể chế");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<Object> leads = find(MultiSelectComboBox.class).from(dialog).withCaption("Cơ quan chủ trì").single();
        test(leads).selectItem("Bộ Tư pháp");
        DatePicker deadline = find(DatePicker.class).from(dialog).withCaption("Thời hạn").single();
        test(deadline).setValue(today.minusDays(3));

        test(DialogButtons.footerButton(dialog, "Giao nhiệm vụ")).click();

        assertThat(deadline.isInvalid()).isTrue();
        assertThat(deadline.getErrorMessage()).isEqualTo("Thời hạn không được trước ngày giao.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(taskList.count(new TaskFilter(today, null, null, null, null, null, null, null, "thoi han sai"))).isZero();
    }

    @Test
    void secretariat_confirms_a_proposed_completion_on_the_task_page() {
        long task = testTasks.assignTo("btp", "Xác nhận trên trang nhiệm vụ", today.minusDays(5), today.plusDays(20));
        UserSummary leader = testUsers.create(Role.AGENCY_LEADER, "btp");
        testUsers.runAs(leader, () -> workflow.proposeCompletion(task, queries.details(task).version(), "Quyết định 77/QĐ-BTP"));

        navigate(TaskView.class, task);
        test(find(Button.class).withText("Xác nhận hoàn thành").single()).click();

        assertThat(queries.details(task).state()).isEqualTo(TaskState.DONE);
        assertThat(find(Button.class).withText("Xác nhận hoàn thành").exists()).isFalse();
        assertThat(test(find(Grid.class).first()).size()).isEqualTo(3);
    }

    @Test
    void returning_without_a_reason_keeps_the_dialog_open_with_a_message() {
        long task = testTasks.assignTo("btp", "Trả lại không lý do", today.minusDays(5), today.plusDays(20));
        UserSummary leader = testUsers.create(Role.AGENCY_LEADER, "btp");
        testUsers.runAs(leader, () -> workflow.proposeCompletion(task, queries.details(task).version(), "Báo cáo"));

        navigate(TaskView.class, task);
        test(find(Button.class).withText("Trả lại đề xuất").single()).click();
        Dialog dialog = find(Dialog.class).single();
        test(DialogButtons.footerButton(dialog, "Xác nhận")).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(test(find(Notification.class).last()).getText()).isEqualTo("Vui lòng nhập lý do.");
        assertThat(queries.details(task).state()).isEqualTo(TaskState.AWAITING_CONFIRMATION);
    }

    @Test
    @WithMockUser(roles = Roles.COMMITTEE_MEMBER)
    void committee_member_reads_a_task_without_any_action() {
        long task = testTasks.assignTo("btp", "Thành viên chỉ đọc", today, today.plusDays(20));
        navigate(TaskView.class, task);
        assertThat(find(H2.class).first().getText()).isEqualTo("Thành viên chỉ đọc");
        assertThat(find(Button.class).withText("Nhắc nhở").exists()).isFalse();
        assertThat(find(Button.class).withText("Giao lại").exists()).isFalse();
    }

    @Test
    void the_lead_agency_filter_offers_what_was_typed_and_picking_one_filters_the_list() {
        String marker = "Lọc theo cơ quan " + System.nanoTime();
        testTasks.assignTo("btp", marker + " của Bộ Tư pháp", today.minusDays(5), today.plusDays(20));
        testTasks.assignTo("ha-noi", marker + " của Hà Nội", today.minusDays(5), today.plusDays(20));

        navigate(TaskListView.class);
        test(find(TextField.class).withCaption("Tìm kiếm").single()).setValue(marker);
        @SuppressWarnings("unchecked")
        ComboBox<AgencySummary> lead = find(ComboBox.class).withCaption("Cơ quan chủ trì").single();
        @SuppressWarnings("unchecked")
        var choices = (DataProvider<AgencySummary, String>) lead.getDataProvider();
        assertThat(choices.fetch(new Query<>(0, 50, null, null, "tu phap"))
                .map(agency -> agency.name(Locale.forLanguageTag("vi")))).containsExactly("Bộ Tư pháp");
        test(lead).selectItem("Bộ Tư pháp");

        @SuppressWarnings("unchecked")
        Grid<TaskRow> grid = find(Grid.class).single();
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).title()).isEqualTo(marker + " của Bộ Tư pháp");
    }

    @Test
    void an_empty_assignment_shows_every_missing_field_at_once_with_the_required_markers() {
        navigate(TaskListView.class);
        test(find(Button.class).withText("Giao nhiệm vụ").single()).click();
        Dialog dialog = find(Dialog.class).single();
        TextField docNumber = find(TextField.class).from(dialog).withCaption("Số, ký hiệu văn bản giao").single();
        TextField title = find(TextField.class).from(dialog).withCaption("Tên nhiệm vụ").single();
        assertThat(docNumber.isRequiredIndicatorVisible()).isTrue();
        assertThat(title.isRequiredIndicatorVisible()).isTrue();

        test(DialogButtons.footerButton(dialog, "Giao nhiệm vụ")).click();

        assertThat(docNumber.isInvalid()).as("source document").isTrue();
        assertThat(title.isInvalid()).as("title").isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("Trường này là bắt buộc.");
        assertThat(dialog.isOpened()).isTrue();
    }

    @Test
    void a_bulk_confirmation_names_the_task_that_could_not_be_confirmed_in_a_warning() {
        String marker = "Xác nhận hàng loạt " + System.nanoTime();
        long proposed = testTasks.assignTo("btp", marker + " đã đề xuất", today.minusDays(5), today.plusDays(20));
        long open = testTasks.assignTo("btp", marker + " chưa đề xuất", today.minusDays(5), today.plusDays(20));
        UserSummary leader = testUsers.create(Role.AGENCY_LEADER, "btp");
        testUsers.runAs(leader, () -> workflow.proposeCompletion(proposed, queries.details(proposed).version(), "Báo cáo 5/BC-BTP"));

        navigate(TaskListView.class);
        test(find(TextField.class).withCaption("Tìm kiếm").single()).setValue(marker);
        @SuppressWarnings("unchecked")
        Grid<TaskRow> grid = find(Grid.class).single();
        test(grid).select(0);
        test(grid).select(1);
        test(find(Button.class).withText("Xác nhận hoàn thành các nhiệm vụ đã chọn").single()).click();

        assertThat(queries.details(proposed).state()).isEqualTo(TaskState.DONE);
        assertThat(queries.details(open).state()).isEqualTo(TaskState.OPEN);
        Notification outcome = find(Notification.class).withClassName("partial-outcome").single();
        assertThat(outcome.getElement().getThemeList()).contains("warning");
        String text = outcome.getChildren().map(child -> child.getElement().getTextRecursively())
                .collect(Collectors.joining(" "));
        assertThat(text).contains("Thực hiện được 1 nhiệm vụ; 1 nhiệm vụ không thực hiện được",
                "#" + open + " " + marker + " chưa đề xuất");
    }

    @Test
    void the_secretariat_reads_the_agencys_reports_and_evidence_before_confirming() {
        long task = testTasks.assignTo("btp", "Minh chứng cho Văn phòng", today.minusDays(5), today.plusDays(20));
        UserSummary officer = testUsers.create(Role.AGENCY_OFFICER, "btp");
        testUsers.runAs(officer, () -> {
            progressReports.uploadEvidence(task, null, SampleFiles.incoming("bao-cao-ket-qua.pdf", SampleFiles.pdf()));
            var draft = progressReports.saveDraft(task, null, 0, 80, "Đã trình dự thảo quyết định");
            progressReports.submit(task, draft.id(), draft.version());
        });

        navigate(TaskView.class, task);

        assertThat(find(Paragraph.class).withClassName("report-narrative").single().getText())
                .isEqualTo("Đã trình dự thảo quyết định");
        assertThat(find(Anchor.class).withText("bao-cao-ket-qua.pdf").exists()).isTrue();
    }
}
