package vn.gov.cchc.portal.task.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.gov.cchc.portal.agency.AgencyKind;
import vn.gov.cchc.portal.agency.AgencyService;
import vn.gov.cchc.portal.agency.NewAgency;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.security.Role;
import vn.gov.cchc.portal.security.SystemAuthentication;
import vn.gov.cchc.portal.support.DialogButtons;
import vn.gov.cchc.portal.support.IntegrationTest;
import vn.gov.cchc.portal.support.TestTasks;
import vn.gov.cchc.portal.support.TestUsers;
import vn.gov.cchc.portal.task.AgencyTaskFilter;
import vn.gov.cchc.portal.task.AgencyTaskRow;
import vn.gov.cchc.portal.task.AgencyTaskService;
import vn.gov.cchc.portal.task.ContributionService;
import vn.gov.cchc.portal.task.ProgressReport;
import vn.gov.cchc.portal.task.ProgressReportService;
import vn.gov.cchc.portal.task.TaskStatus;
import vn.gov.cchc.portal.user.UserSummary;

@IntegrationTest
class AgencyTaskViewsTest extends SpringBrowserlessTest {

    /** Today, taken when each test starts (not when the class loads: a run may cross midnight). */
    private final LocalDate today = LocalDate.now(PortalTime.ZONE);

    @Autowired
    TestTasks testTasks;

    @Autowired
    TestUsers testUsers;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    ProgressReportService progressReports;

    @Autowired
    AgencyService agencies;

    @Autowired
    AgencyTaskService agencyTasks;

    @Autowired
    ContributionService contributions;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_percent_outside_0_to_100_is_refused_on_the_field_and_the_text_is_kept() {
        long task = testTasks.assignTo("btp", "Báo cáo tiến độ sai tỷ lệ", today, today.plusDays(20));
        signIn(testUsers.create(Role.AGENCY_OFFICER, "btp"));
        navigate(AgencyTaskView.class, task);
        IntegerField percent = find(IntegerField.class).withCaption("Tỷ lệ hoàn thành").single();
        test(percent).setValue(150);
        TextArea narrative = find(TextArea.class).withCaption("Nội dung báo cáo").single();
        test(narrative).setValue("Đã làm rất nhiều");

        test(find(Button.class).withText("Lưu nháp").single()).click();

        assertThat(percent.isInvalid()).isTrue();
        assertThat(percent.getErrorMessage()).isEqualTo("Tỷ lệ hoàn thành phải từ 0 đến 100%.");
        assertThat(narrative.getValue()).isEqualTo("Đã làm rất nhiều");
    }

    @Test
    void the_lead_reads_a_supporting_agencys_note_and_its_own_sent_report_in_the_record_and_the_history() {
        long task = testTasks.assignWithSupport("btp", "ha-noi", "Hồ sơ phối hợp liên thông", today, today.plusDays(20));
        testUsers.runAs(testUsers.create(Role.AGENCY_OFFICER, "ha-noi"),
                () -> contributions.addContribution(task, "Đã gửi <b>danh mục</b> thủ tục"));

        signIn(testUsers.create(Role.AGENCY_OFFICER, "btp"));
        navigate(AgencyTaskView.class, task);
        test(find(IntegerField.class).withCaption("Tỷ lệ hoàn thành").single()).setValue(40);
        test(find(TextArea.class).withCaption("Nội dung báo cáo").single()).setValue("Đã rà soát 12 thủ tục");
        test(find(Button.class).withText("Gửi báo cáo").single()).click();

        // the form is empty again for the next report, on the same page
        assertThat(find(IntegerField.class).withCaption("Tỷ lệ hoàn thành").single().getValue()).isNull();
        assertThat(find(TextArea.class).withCaption("Nội dung báo cáo").single().getValue()).isEmpty();
        Html facts = find(Html.class).all().stream().filter(html -> html.getClassNames().contains("task-facts"))
                .findFirst().orElseThrow();
        var fragment = Jsoup.parseBodyFragment("<dl>" + facts.getInnerHtml() + "</dl>");
        assertThat(fragment.select("dt").eachText()).contains("Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn ban đầu");
        assertThat(fragment.select("dd").eachText()).contains(Formats.date(today.plusDays(20)))
                .anySatisfy(value -> assertThat(value).contains("Hà Nội"))
                .anySatisfy(value -> assertThat(value).contains("Tư pháp"));
        // the note is shown as the text typed, never as markup
        assertThat(lines("task-contributions")).singleElement().asString()
                .endsWith(": Đã gửi <b>danh mục</b> thủ tục");
        assertThat(lines("task-history")).anySatisfy(line -> assertThat(line).contains(" · Báo cáo tiến độ · "))
                .anySatisfy(line -> assertThat(line).contains(" · Giao nhiệm vụ · "));
    }

    @Test
    void a_supporting_agency_adds_a_note_and_reads_it_in_the_record_at_once() {
        long task = testTasks.assignWithSupport("btp", "ha-noi", "Ghi chú của cơ quan phối hợp", today, today.plusDays(20));
        signIn(testUsers.create(Role.AGENCY_OFFICER, "ha-noi"));
        navigate(AgencyTaskView.class, task);
        assertThat(find(IntegerField.class).all()).as("only the lead agency reports").isEmpty();
        TextArea note = find(TextArea.class).withCaption("Ghi chú phối hợp").single();

        test(note).setValue("Đã cử đầu mối phối hợp");
        test(find(Button.class).withText("Gửi ghi chú").single()).click();

        assertThat(lines("task-contributions")).singleElement().asString().endsWith(": Đã cử đầu mối phối hợp");
        assertThat(note.getValue()).isEmpty();
    }

    /** The lines of a block of text on the page (one element for all its lines: ADR 0022). */
    private List<String> lines(String className) {
        Html block = find(Html.class).all().stream().filter(html -> html.getClassNames().contains(className))
                .findFirst().orElseThrow();
        assertThat(block.getInnerHtml()).doesNotContain("<b>");
        return Jsoup.parseBodyFragment(block.getInnerHtml()).select("p").eachText();
    }

    @Test
    void a_saved_draft_comes_back_when_the_task_is_opened_again() {
        long task = testTasks.assignTo("btp", "Bản nháp được giữ", today, today.plusDays(20));
        signIn(testUsers.create(Role.AGENCY_OFFICER, "btp"));
        navigate(AgencyTaskView.class, task);
        test(find(IntegerField.class).withCaption("Tỷ lệ hoàn thành").single()).setValue(35);
        test(find(TextArea.class).withCaption("Nội dung báo cáo").single()).setValue("Đang tổng hợp số liệu");
        test(find(Button.class).withText("Lưu nháp").single()).click();

        navigate(AgencyTaskView.class, task);

        assertThat(find(IntegerField.class).withCaption("Tỷ lệ hoàn thành").single().getValue()).isEqualTo(35);
        assertThat(find(TextArea.class).withCaption("Nội dung báo cáo").single().getValue()).isEqualTo("Đang tổng hợp số liệu");
    }

    @Test
    void the_second_of_two_officers_editing_one_draft_gets_a_conflict_and_keeps_their_text() {
        long task = testTasks.assignTo("btp", "Hai chuyên viên cùng sửa", today, today.plusDays(20));
        UserSummary first = testUsers.create(Role.AGENCY_OFFICER, "btp");
        UserSummary second = testUsers.create(Role.AGENCY_OFFICER, "btp");
        ProgressReport draft = testUsers.callAs(first, () -> progressReports.saveDraft(task, null, 0, 20, "Bản đầu"));
        signIn(second);
        navigate(AgencyTaskView.class, task);
        testUsers.runAs(first, () -> progressReports.saveDraft(task, draft.id(), draft.version(), 30, "Người thứ nhất sửa"));
        TextArea narrative = find(TextArea.class).withCaption("Nội dung báo cáo").single();
        test(narrative).setValue("Người thứ hai sửa");

        test(find(Button.class).withText("Lưu nháp").single()).click();

        assertThat(test(find(Notification.class).last()).getText()).startsWith("Dữ liệu này vừa được người khác thay đổi");
        assertThat(narrative.getValue()).isEqualTo("Người thứ hai sửa");
        assertThat(testUsers.callAs(first, () -> progressReports.reports(task)).getFirst().narrative()).isEqualTo("Người thứ nhất sửa");
    }

    @Test
    void the_leader_proposing_completion_without_a_product_gets_a_message_on_the_field() {
        long task = testTasks.assignTo("btp", "Đề xuất thiếu sản phẩm", today, today.plusDays(20));
        signIn(testUsers.create(Role.AGENCY_LEADER, "btp"));
        navigate(AgencyTaskView.class, task);
        test(find(Button.class).withText("Đề xuất hoàn thành").single()).click();
        Dialog dialog = find(Dialog.class).single();

        test(DialogButtons.footerButton(dialog, "Đề xuất hoàn thành")).click();

        TextField product = find(TextField.class).from(dialog).single();
        assertThat(product.isInvalid()).isTrue();
        assertThat(product.getErrorMessage()).isEqualTo("Vui lòng nêu sản phẩm đã hoàn thành (số văn bản hoặc tệp).");
        assertThat(dialog.isOpened()).isTrue();
    }

    @Test
    void an_officer_sees_no_leader_actions() {
        long task = testTasks.assignTo("btp", "Chuyên viên không đề xuất", today, today.plusDays(20));
        signIn(testUsers.create(Role.AGENCY_OFFICER, "btp"));
        navigate(AgencyTaskView.class, task);
        assertThat(find(Button.class).withText("Đề xuất hoàn thành").exists()).isFalse();
        assertThat(find(Button.class).withText("Xin gia hạn").exists()).isFalse();
    }

    @Test
    void the_workspace_lists_own_tasks_overdue_first() {
        String code = "co-quan-moi-" + System.nanoTime() % 1_000_000;
        SystemAuthentication.runAsSystem(() -> agencies.create(new NewAgency(code, null, "Cơ quan mới", "New agency",
                AgencyKind.MINISTERIAL_AGENCY, LocalDate.of(2025, 9, 1), null)));
        testTasks.assignTo(code, "Nhiệm vụ còn hạn của cơ quan mới", today, today.plusDays(60));
        testTasks.assignTo(code, "Nhiệm vụ đã quá hạn của cơ quan mới", today.minusDays(30), today.minusDays(2));
        signIn(testUsers.create(Role.AGENCY_OFFICER, code));
        AgencyTasksView view = navigate(AgencyTasksView.class);
        @SuppressWarnings("unchecked")
        Grid<AgencyTaskRow> grid = find(Grid.class).from(view).single();
        assertThat(test(grid).getRow(0).title()).isEqualTo("Nhiệm vụ đã quá hạn của cơ quan mới");
        assertThat(test(grid).size()).isEqualTo(2);
    }

    @Test
    void the_workspace_reads_the_page_it_shows_and_the_pages_make_the_whole_list() {
        String code = "co-quan-trang-" + System.nanoTime() % 1_000_000;
        SystemAuthentication.runAsSystem(() -> agencies.create(new NewAgency(code, null, "Cơ quan chia trang", "Paged agency",
                AgencyKind.MINISTERIAL_AGENCY, LocalDate.of(2025, 9, 1), null)));
        for (int i = 1; i <= 5; i++) {
            testTasks.assignTo(code, "Nhiệm vụ chia trang số " + i, today.minusDays(40), today.plusDays(i * 10 - 25));
        }
        signIn(testUsers.create(Role.AGENCY_OFFICER, code));
        AgencyTaskFilter all = new AgencyTaskFilter(null, null, null, null);
        List<AgencyTaskRow> whole = agencyTasks.myTasks(all);

        assertThat(whole).hasSize(5);
        assertThat(agencyTasks.countMyTasks(all)).isEqualTo(5);
        assertThat(Stream.of(agencyTasks.myTasks(all, 0, 2), agencyTasks.myTasks(all, 2, 2), agencyTasks.myTasks(all, 4, 2))
                .flatMap(List::stream).toList()).isEqualTo(whole);
        AgencyTaskFilter overdue = new AgencyTaskFilter(TaskStatus.OPEN_OVERDUE, null, null, null);
        assertThat(agencyTasks.countMyTasks(overdue)).isEqualTo(agencyTasks.myTasks(overdue).size()).isEqualTo(2);

        AgencyTasksView view = navigate(AgencyTasksView.class);
        @SuppressWarnings("unchecked")
        Grid<AgencyTaskRow> grid = find(Grid.class).from(view).single();
        assertThat(test(grid).size()).isEqualTo(5);
        assertThat(test(grid).getRow(4)).isEqualTo(whole.get(4));
    }

    private void signIn(UserSummary user) {
        UserDetails principal = userDetails.loadUserByUsername(user.username());
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                principal, null, principal.getAuthorities()));
    }
}
