package vn.gov.cchc.portal.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import vn.gov.cchc.portal.agency.AgencyKind;
import vn.gov.cchc.portal.agency.AgencyMerge;
import vn.gov.cchc.portal.agency.AgencyService;
import vn.gov.cchc.portal.agency.AgencySummary;
import vn.gov.cchc.portal.agency.NewAgency;
import vn.gov.cchc.portal.common.ConcurrentEditException;
import vn.gov.cchc.portal.common.NotFoundException;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.common.ValidationException;
import vn.gov.cchc.portal.security.Role;
import vn.gov.cchc.portal.security.Roles;
import vn.gov.cchc.portal.security.SystemAuthentication;
import vn.gov.cchc.portal.support.IntegrationTest;
import vn.gov.cchc.portal.support.TestTasks;
import vn.gov.cchc.portal.support.TestUsers;
import vn.gov.cchc.portal.user.UserSummary;

@IntegrationTest
@WithMockUser(username = "thuky", roles = Roles.SECRETARIAT)
class TaskServicesTest {

    /** Today, taken when each test starts (not when the class loads: a run may cross midnight). */
    private final LocalDate today = LocalDate.now(PortalTime.ZONE);

    @Autowired
    TaskAssignmentService assignments;

    @Autowired
    TaskWorkflowService workflow;

    @Autowired
    TaskQueryService queries;

    @Autowired
    TaskHistoryService taskHistory;

    @Autowired
    RelatedTasksService relatedTasks;

    @Autowired
    TaskListService taskList;

    @Autowired
    AgencyService agencies;

    @Autowired
    TestTasks testTasks;

    @Autowired
    TestUsers testUsers;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void one_directive_to_all_provinces_makes_a_parent_and_one_child_per_province_active_then() {
        long parent = assignments.assign(testTasks.assignment("Rà soát thủ tục hành chính nội bộ",
                new AgencySelection(AgencySelection.Kind.ALL_PROVINCES, List.of()), LocalDate.of(2024, 3, 1),
                LocalDate.of(2024, 6, 30)));

        assertThat(queries.details(parent).directive()).isTrue();
        assertThat(relatedTasks.children(parent, LocalDate.of(2024, 3, 1))).hasSize(63)
                .extracting(row -> row.leadAgency().vi()).contains("Tỉnh Hà Giang", "Thành phố Hà Nội");
        assertThat(relatedTasks.rollup(parent, LocalDate.of(2024, 7, 1)))
                .isEqualTo(new Rollup(63, new Counts(0, 0, 0, 63)));
    }

    @Test
    void the_rollup_counts_each_child_for_its_own_agency() {
        long hanoi = testTasks.agencyId("ha-noi");
        long hue = testTasks.agencyId("hue");
        long parent = assignments.assign(testTasks.assignment("Số hóa hồ sơ",
                new AgencySelection(AgencySelection.Kind.SELECTED, List.of(hanoi, hue)), today.minusDays(10),
                today.plusDays(30)));
        UserSummary leader = testUsers.create(Role.AGENCY_LEADER, "ha-noi");
        TaskRow hanoiTask = relatedTasks.children(parent, today).stream().filter(r -> r.leadAgencyId() == hanoi).findFirst().orElseThrow();
        testUsers.runAs(leader, () -> workflow.proposeCompletion(hanoiTask.id(), hanoiTask.version(), "Quyết định số 12/QĐ-UBND"));
        TaskDetails proposed = queries.details(hanoiTask.id());
        workflow.confirmCompletion(proposed.id(), proposed.version(), null);

        assertThat(relatedTasks.rollup(parent, today)).isEqualTo(new Rollup(2, new Counts(1, 0, 1, 0)));
        assertThat(queries.details(hanoiTask.id()).statusToday().status()).isEqualTo(TaskStatus.DONE_ON_TIME);
    }

    @Test
    void a_task_needs_exactly_one_lead_agency() {
        long hanoi = testTasks.agencyId("ha-noi");
        long btp = testTasks.agencyId("btp");
        assertThatThrownBy(() -> assignments.assign(testTasks.assignment("Không có cơ quan chủ trì",
                new AgencySelection(AgencySelection.Kind.SINGLE, List.of()), today, null)))
                .hasFieldOrPropertyWithValue("messageKey", "task.validation.leadRequired");
        assertThatThrownBy(() -> assignments.assign(testTasks.assignment("Hai cơ quan chủ trì",
                new AgencySelection(AgencySelection.Kind.SINGLE, List.of(hanoi, btp)), today, null)))
                .hasFieldOrPropertyWithValue("messageKey", "task.validation.exactlyOneLead");
    }

    @Test
    void a_deadline_before_the_assignment_date_is_refused() {
        assertThatThrownBy(() -> assignments.assign(testTasks.assignment("Thời hạn sai",
                AgencySelection.single(testTasks.agencyId("btp")), today, today.minusDays(1))))
                .hasFieldOrPropertyWithValue("field", "deadline")
                .hasFieldOrPropertyWithValue("messageKey", "task.validation.deadlineBeforeAssignment");
    }

    @Test
    void an_agency_not_active_on_the_assignment_date_is_refused() {
        assertThatThrownBy(() -> assignments.assign(testTasks.assignment("Giao cho tỉnh đã sáp nhập",
                AgencySelection.single(testTasks.agencyId("ha-giang")), today, null)))
                .isInstanceOf(ValidationException.class)
                .hasFieldOrPropertyWithValue("messageKey", "task.validation.agencyInactive");
    }

    @Test
    void confirming_a_completion_nobody_proposed_is_refused() {
        long task = testTasks.assignTo("btp", "Chưa đề xuất hoàn thành", today, today.plusDays(5));
        assertThatThrownBy(() -> workflow.confirmCompletion(task, queries.details(task).version(), null))
                .hasFieldOrPropertyWithValue("messageKey", "task.workflow.nothingProposed");
    }

    @Test
    void returning_a_completion_needs_a_reason_and_reopens_the_task() {
        UserSummary leader = testUsers.create(Role.AGENCY_LEADER, "btp");
        long task = testTasks.assignTo("btp", "Trả lại đề xuất", today, today.plusDays(5));
        testUsers.runAs(leader, () -> workflow.proposeCompletion(task, queries.details(task).version(), "Báo cáo số 5"));
        long version = queries.details(task).version();
        assertThatThrownBy(() -> workflow.returnCompletion(task, version, " "))
                .hasFieldOrPropertyWithValue("messageKey", "validation.reasonRequired");
        workflow.returnCompletion(task, version, "Sản phẩm chưa đạt yêu cầu");
        assertThat(queries.details(task).state()).isEqualTo(TaskState.OPEN);
        assertThat(taskHistory.history(task)).extracting(TaskHistoryEntry::type).containsExactly(TaskEventType.ASSIGNED,
                TaskEventType.COMPLETION_PROPOSED, TaskEventType.COMPLETION_RETURNED);
    }

    @Test
    void two_secretaries_acting_on_the_same_task_the_second_gets_a_conflict() {
        UserSummary leader = testUsers.create(Role.AGENCY_LEADER, "btp");
        long task = testTasks.assignTo("btp", "Xác nhận đồng thời", today, today.plusDays(5));
        testUsers.runAs(leader, () -> workflow.proposeCompletion(task, queries.details(task).version(), "Báo cáo"));
        long seen = queries.details(task).version();

        workflow.confirmCompletion(task, seen, "Đạt");

        assertThatThrownBy(() -> workflow.returnCompletion(task, seen, "Chưa đạt"))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(queries.details(task).state()).isEqualTo(TaskState.DONE);
    }

    @Test
    void an_extension_needs_a_later_date_and_an_approving_document() {
        UserSummary leader = testUsers.create(Role.AGENCY_LEADER, "btp");
        long task = testTasks.assignTo("btp", "Gia hạn", today.minusDays(20), today.minusDays(1));
        assertThat(queries.details(task).statusToday().status()).isEqualTo(TaskStatus.OPEN_OVERDUE);
        assertThatThrownBy(() -> testUsers.runAs(leader, () -> workflow.requestExtension(task,
                queries.details(task).version(), today.minusDays(2), "Chờ ý kiến")))
                .hasFieldOrPropertyWithValue("messageKey", "task.validation.extensionNotLater");
        testUsers.runAs(leader, () -> workflow.requestExtension(task, queries.details(task).version(),
                today.plusDays(30), "Chờ ý kiến các bộ"));

        assertThatThrownBy(() -> workflow.approveExtension(task, queries.details(task).version(), ""))
                .hasFieldOrPropertyWithValue("messageKey", "task.validation.approvingDocumentRequired");
        workflow.approveExtension(task, queries.details(task).version(), "Công văn 45/VPCP-KSTT");

        TaskDetails extended = queries.details(task);
        assertThat(extended.deadline()).isEqualTo(today.plusDays(30));
        assertThat(extended.originalDeadline()).isEqualTo(today.minusDays(1));
        assertThat(extended.statusToday().status()).isEqualTo(TaskStatus.OPEN_IN_TIME);
    }

    @Test
    void reassigning_ends_the_task_and_starts_one_for_the_new_agency() {
        long task = testTasks.assignTo("btp", "Giao lại", today, today.plusDays(10));
        long newTask = workflow.reassign(task, queries.details(task).version(), testTasks.agencyId("bnv"), "Đúng thẩm quyền");
        assertThat(queries.details(task).statusToday().status()).isEqualTo(TaskStatus.REASSIGNED);
        assertThat(queries.details(newTask).leadAgency().vi()).isEqualTo("Bộ Nội vụ");
    }

    @Test
    void a_merge_hands_open_tasks_to_the_successor_and_earlier_dates_keep_the_original_agency() {
        AgencySummary[] pair = SystemAuthentication.callAsSystem(() -> new AgencySummary[] {
                agencies.create(new NewAgency("sap-nhap-a-" + System.nanoTime() % 100000, null, "Tỉnh A", "A",
                        AgencyKind.MINISTERIAL_AGENCY, LocalDate.of(2025, 9, 1), null)),
                agencies.create(new NewAgency("sap-nhap-b-" + System.nanoTime() % 100000, null, "Tỉnh B", "B",
                        AgencyKind.MINISTERIAL_AGENCY, LocalDate.of(2025, 9, 1), null))});
        long task = testTasks.assignTo(pair[0].code(), "Nhiệm vụ trước sáp nhập", LocalDate.of(2025, 9, 10), null);
        LocalDate effective = today.minusDays(5);

        SystemAuthentication.runAsSystem(() -> agencies.recordMerge(new AgencyMerge(pair[0].id(), pair[0].version(),
                pair[1].id(), effective)));

        assertThat(queries.details(task).leadAgencyId()).isEqualTo(pair[1].id());
        assertThat(taskHistory.history(task)).extracting(TaskHistoryEntry::type).contains(TaskEventType.LEAD_TRANSFERRED);
        TaskFilter before = new TaskFilter(effective.minusDays(1), null, null, null, null, null, null, null, "truoc sap nhap");
        assertThat(taskList.page(before, 0, 10)).extracting(TaskRow::id).contains(task);
        assertThat(relatedTasks.children(-1, today)).isEmpty();
    }

    @Test
    void the_grid_finds_tasks_without_diacritics_and_by_status_as_of_a_date() {
        long task = testTasks.assignTo("dak-lak-2025", "Cải cách thủ tục đất đai ở Đắk Lắk", today.minusDays(3),
                today.plusDays(2));
        TaskFilter byText = new TaskFilter(today, null, null, null, null, null, null, null, "cai cach thu tuc dat dai o dak lak");
        assertThat(taskList.page(byText, 0, 50)).extracting(TaskRow::id).containsExactly(task);

        TaskFilter dueSoon = new TaskFilter(today, testTasks.agencyId("dak-lak-2025"), null, null, TaskStatus.DUE_SOON,
                null, null, null, null);
        assertThat(taskList.page(dueSoon, 0, 50)).extracting(TaskRow::id, TaskRow::status)
                .contains(Tuple.tuple(task, TaskStatus.DUE_SOON));
        assertThat(taskList.count(dueSoon)).isGreaterThanOrEqualTo(1);
        TaskFilter overdueLater = new TaskFilter(today.plusDays(3), testTasks.agencyId("dak-lak-2025"), null, null,
                TaskStatus.OPEN_OVERDUE, null, null, null, null);
        assertThat(taskList.page(overdueLater, 0, 50)).extracting(TaskRow::id).contains(task);
    }

    @Test
    void a_page_deep_in_a_long_list_holds_the_same_rows_as_reading_from_the_top() {
        String marker = "danh sach dai " + System.nanoTime();
        for (int i = 0; i < 20; i++) {
            assignments.assign(testTasks.assignment("Danh sách dài " + marker.substring(14) + " đợt " + i,
                    new AgencySelection(AgencySelection.Kind.ALL_PROVINCES, List.of()), today, today.plusDays(90)));
        }
        TaskFilter filter = new TaskFilter(today, null, null, null, null, null, null, null, marker);
        List<Long> fromTop = taskList.page(filter, 0, 500).stream().map(TaskRow::id).toList();
        List<Long> rest = taskList.page(filter, 500, 200).stream().map(TaskRow::id).toList();

        assertThat(taskList.count(filter)).isEqualTo(20 * 34);
        assertThat(fromTop).hasSize(500);
        assertThat(rest).hasSize(180).doesNotContainAnyElementsOf(fromTop);
        assertThat(taskList.page(filter, 520, 10)).extracting(TaskRow::id).containsExactlyElementsOf(rest.subList(20, 30));
    }

    @Test
    void opening_a_task_page_issues_the_same_number_of_statements_whatever_its_history_length() {
        long shortHistory = testTasks.assignTo("btp", "Lịch sử ngắn", today, today.plusDays(30));
        long longHistory = testTasks.assignTo("btp", "Lịch sử dài", today, today.plusDays(30));
        for (int i = 0; i < 40; i++) {
            workflow.remind(longHistory, "Nhắc lần " + i);
        }
        assertThat(statementsToOpen(shortHistory)).isEqualTo(statementsToOpen(longHistory)).isLessThanOrEqualTo(8);
    }

    @Test
    @WithMockUser(roles = Roles.COMMITTEE_MEMBER)
    void committee_member_reads_the_grid_but_cannot_assign_or_confirm() {
        assertThat(taskList.page(TaskFilter.asOf(today), 0, 10)).isNotNull();
        assertThatThrownBy(() -> assignments.assign(testTasks.assignment("X", AgencySelection.single(1), today, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> workflow.confirmCompletion(1, 0, null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(roles = Roles.AGENCY_OFFICER)
    void agency_officer_reaches_none_of_the_secretariat_workspace() {
        assertThatThrownBy(() -> taskList.page(TaskFilter.asOf(today), 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> workflow.approveExtension(1, 0, "x")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_agency_user_opening_another_agencys_task_gets_not_found() {
        long task = testTasks.assignTo("btp", "Nhiệm vụ của Bộ Tư pháp", today, null);
        UserSummary officer = testUsers.create(Role.AGENCY_OFFICER, "ha-noi");
        assertThatThrownBy(() -> testUsers.runAs(officer, () -> queries.details(task)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> testUsers.runAs(officer, () -> queries.details(Long.MAX_VALUE)))
                .isInstanceOf(NotFoundException.class);
    }

    private long statementsToOpen(long taskId) {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        queries.details(taskId);
        taskHistory.history(taskId);
        return statistics.getPrepareStatementCount();
    }

    @Test
    void over_long_texts_are_refused_with_the_limit_on_their_field_and_nothing_is_saved() {
        String tenThousand = "Rà soát thủ tục ".repeat(700);
        assertThatThrownBy(() -> assignments.assign(testTasks.assignment(tenThousand,
                AgencySelection.single(testTasks.agencyId("btp")), today, today.plusDays(30))))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("title");
                    assertThat(e.messageKey()).isEqualTo("validation.tooLong");
                    assertThat(e.arguments()).containsExactly(500);
                });
        long task = testTasks.assignTo("btp", "Lý do quá dài", today, today.plusDays(30));
        long version = queries.details(task).version();
        assertThatThrownBy(() -> workflow.suspend(task, version, "Chờ ý kiến ".repeat(300)))
                .hasFieldOrPropertyWithValue("messageKey", "validation.tooLong");
        assertThat(queries.details(task).state()).isEqualTo(TaskState.OPEN);
        assertThat(taskHistory.history(task)).hasSize(1);
    }
}
