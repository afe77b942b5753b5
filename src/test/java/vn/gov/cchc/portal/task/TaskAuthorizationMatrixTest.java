package vn.gov.cchc.portal.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import vn.gov.cchc.portal.common.FileContent;
import vn.gov.cchc.portal.common.NotFoundException;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.security.Role;
import vn.gov.cchc.portal.security.SystemAuthentication;
import vn.gov.cchc.portal.support.IntegrationTest;
import vn.gov.cchc.portal.support.PlanFiles;
import vn.gov.cchc.portal.support.SampleFiles;
import vn.gov.cchc.portal.support.TestTasks;
import vn.gov.cchc.portal.support.TestUsers;
import vn.gov.cchc.portal.user.UserSummary;

/**
 * Every role × every task action × the task's relation to the user's agency (it leads the task, it is another
 * agency, it supports the task), called on the services directly. The table below is the expected answer of every
 * cell: A = allowed, D = denied (access denied, or "not found" — which reveals nothing), in the order own / other /
 * supporting. Central roles have no agency; their three columns are the same task seen by the same user. An allowed
 * cell checks the action's effect (the state it leads to, the row it adds or removes); a denied cell checks that
 * nothing changed: the task, its history, reports and files, and no task added anywhere.
 */
@IntegrationTest
class TaskAuthorizationMatrixTest {

    private static final String MATRIX = """
            role              READ REPORT PROPOSE EXTEND CONFIRM RETURN APPROVE ASSIGN REASSIGN DOWNLOAD DOWNLOAD_DRAFT REMOVE_FILE IMPORT_PLAN REPORT_FROM_FILE
            ADMIN             AAA  DDD    DDD     DDD    AAA     AAA    AAA     AAA    AAA      AAA      DDD            DDD         AAA         DDD
            SECRETARIAT       AAA  DDD    DDD     DDD    AAA     AAA    AAA     AAA    AAA      AAA      DDD            DDD         AAA         DDD
            COMMITTEE_MEMBER  AAA  DDD    DDD     DDD    DDD     DDD    DDD     DDD    DDD      AAA      DDD            DDD         DDD         DDD
            AGENCY_LEADER     ADA  ADD    ADD     ADD    DDD     DDD    DDD     DDD    DDD      ADA      ADD            ADD         DDD         ADD
            AGENCY_OFFICER    ADA  ADD    DDD     DDD    DDD     DDD    DDD     DDD    DDD      ADA      ADD            ADD         DDD         ADD
            """;

    /**
     * DOWNLOAD: evidence sent with a report; DOWNLOAD_DRAFT and REMOVE_FILE: evidence of a report not yet sent;
     * IMPORT_PLAN: a plan file with a new task; REPORT_FROM_FILE: the task's row of a progress file, sent (a row the
     * agency may not report on is "not found").
     */
    enum Action { READ, REPORT, PROPOSE, EXTEND, CONFIRM, RETURN, APPROVE, ASSIGN, REASSIGN, DOWNLOAD, DOWNLOAD_DRAFT, REMOVE_FILE,
        IMPORT_PLAN, REPORT_FROM_FILE }

    enum Relation { OWN, OTHER, SUPPORTING }

    /** Today, taken when each test starts (not when the class loads: a run may cross midnight). */
    private final LocalDate today = LocalDate.now(PortalTime.ZONE);
    private static final Map<String, UserSummary> USERS = new ConcurrentHashMap<>();
    private final Map<Long, Long> evidenceIds = new ConcurrentHashMap<>();

    @Autowired
    TestUsers testUsers;

    @Autowired
    TestTasks testTasks;

    @Autowired
    TaskAssignmentService assignments;

    @Autowired
    TaskWorkflowService workflow;

    @Autowired
    TaskQueryService queries;

    @Autowired
    TaskHistoryService taskHistory;

    @Autowired
    ProgressReportService progressReports;

    @Autowired
    PlanImportService planImports;

    @Autowired
    ProgressImportService progressImports;

    @Autowired
    JdbcTemplate jdbc;

    static Stream<Arguments> cells() {
        List<String> lines = MATRIX.lines().skip(1).map(String::strip).filter(l -> !l.isEmpty()).toList();
        return lines.stream().flatMap(line -> {
            String[] columns = line.split("\\s+");
            Role role = Role.valueOf(columns[0]);
            return Arrays.stream(Action.values()).flatMap(action -> Arrays.stream(Relation.values()).map(relation ->
                    Arguments.of(role, action, relation,
                            columns[1 + action.ordinal()].charAt(relation.ordinal()) == 'A')));
        });
    }

    @ParameterizedTest(name = "{0} {1} on {2} task: allowed={3}")
    @MethodSource("cells")
    void every_role_action_and_agency_relation_has_its_expected_answer(Role role, Action action, Relation relation,
            boolean allowed) {
        long task = SystemAuthentication.callAsSystem(() -> assignments.assign(new TaskAssignment(null, "1/MT", today, null,
                null, "Ma trận quyền " + role + " " + action + " " + relation, null, ReformArea.DIRECTION,
                AgencySelection.single(testTasks.agencyId("btp")), Set.of(testTasks.agencyId("ha-noi")), today,
                today.plusDays(40), null, TaskPriority.NORMAL, null)));
        SystemAuthentication.runAsSystem(() -> prepare(action, task));
        UserSummary user = user(role, relation);

        Snapshot before = SystemAuthentication.callAsSystem(() -> stateOf(task));

        Object result;
        try {
            result = testUsers.callAs(user, () -> perform(action, task));
        } catch (AccessDeniedException | NotFoundException denied) {
            result = null;
        }
        assertThat(result != null).as("%s %s on %s task", role, action, relation).isEqualTo(allowed);
        Snapshot after = SystemAuthentication.callAsSystem(() -> stateOf(task));
        if (allowed) {
            assertEffect(action, task, before, after, result);
        } else {
            assertThat(after).as("a refusal changes nothing").isEqualTo(before);
        }
    }

    /** What an allowed action did: reading changes nothing and returns what was asked; the others change their part. */
    private void assertEffect(Action action, long task, Snapshot before, Snapshot after, Object result) {
        TaskDetails details = SystemAuthentication.callAsSystem(() -> queries.details(task));
        List<TaskEventType> events = SystemAuthentication.callAsSystem(() -> taskHistory.history(task)).stream()
                .map(TaskHistoryEntry::type).toList();
        switch (action) {
            case READ -> {
                assertThat(((TaskDetails) result).id()).isEqualTo(task);
                assertThat(after).isEqualTo(before);
            }
            case DOWNLOAD, DOWNLOAD_DRAFT -> {
                assertThat(((FileContent) result).content()).isEqualTo(SampleFiles.pdf());
                assertThat(after).isEqualTo(before);
            }
            case REPORT, REPORT_FROM_FILE -> {
                assertThat(after.reports()).isEqualTo(before.reports() + 1);
                assertThat(events).contains(TaskEventType.PROGRESS_REPORTED);
            }
            case PROPOSE -> assertThat(details.state()).isEqualTo(TaskState.AWAITING_CONFIRMATION);
            case EXTEND -> assertThat(SystemAuthentication.callAsSystem(() -> taskHistory.history(task)))
                    .anyMatch(e -> e.type() == TaskEventType.EXTENSION_REQUESTED && today.plusDays(80).equals(e.newDeadline()));
            case CONFIRM -> assertThat(details.state()).isEqualTo(TaskState.DONE);
            case RETURN -> {
                assertThat(details.state()).isEqualTo(TaskState.OPEN);
                assertThat(events).contains(TaskEventType.COMPLETION_RETURNED);
            }
            case APPROVE -> assertThat(details.deadline()).isEqualTo(today.plusDays(90));
            case ASSIGN -> assertThat(after.tasks()).isEqualTo(before.tasks() + 1);
            case REASSIGN -> {
                assertThat(details.state()).isEqualTo(TaskState.REASSIGNED);
                assertThat(events).contains(TaskEventType.REASSIGNED);
            }
            case REMOVE_FILE -> assertThat(after.evidence()).isEqualTo(before.evidence() - 1);
            case IMPORT_PLAN -> {
                assertThat(after.tasks()).isEqualTo(before.tasks() + 1);
                assertThat(after.importedForThisTask()).isEqualTo(1);
            }
        }
    }

    /** What has to have happened before the action makes sense (a proposal before a confirmation, …). */
    private void prepare(Action action, long task) {
        UserSummary leader = user(Role.AGENCY_LEADER, Relation.OWN);
        switch (action) {
            case CONFIRM, RETURN -> testUsers.runAs(leader, () -> workflow.proposeCompletion(task, version(task), "Báo cáo số 1"));
            case APPROVE -> testUsers.runAs(leader, () -> workflow.requestExtension(task, version(task), today.plusDays(90), "Cần thêm thời gian"));
            case DOWNLOAD -> evidenceIds.put(task, testUsers.callAs(user(Role.AGENCY_OFFICER, Relation.OWN), () -> {
                long file = progressReports.uploadEvidence(task, null, SampleFiles.incoming("minh-chung.pdf", SampleFiles.pdf())).id();
                ProgressReport draft = progressReports.saveDraft(task, null, 0, 40, "Đã hoàn thành dự thảo");
                progressReports.submit(task, draft.id(), draft.version());
                return file;
            }));
            case DOWNLOAD_DRAFT, REMOVE_FILE -> evidenceIds.put(task, testUsers.callAs(user(Role.AGENCY_OFFICER, Relation.OWN),
                    () -> progressReports.uploadEvidence(task, null, SampleFiles.incoming("minh-chung.pdf", SampleFiles.pdf())).id()));
            default -> { }
        }
    }

    /** Does the action as the user and returns what it returned (or a mark that it ran, for actions returning nothing). */
    private Object perform(Action action, long task) {
        return switch (action) {
            case READ -> queries.details(task);
            case REPORT -> {
                ProgressReport draft = progressReports.saveDraft(task, null, 0, 40, "Đang thực hiện");
                progressReports.submit(task, draft.id(), draft.version());
                yield action;
            }
            case PROPOSE -> {
                workflow.proposeCompletion(task, version(task), "Quyết định số 9");
                yield action;
            }
            case EXTEND -> {
                workflow.requestExtension(task, version(task), today.plusDays(80), "Chờ ý kiến bộ ngành");
                yield action;
            }
            case CONFIRM -> {
                workflow.confirmCompletion(task, version(task), null);
                yield action;
            }
            case RETURN -> {
                workflow.returnCompletion(task, version(task), "Chưa đạt yêu cầu");
                yield action;
            }
            case APPROVE -> {
                workflow.approveExtension(task, version(task), "Công văn 12/VPCP");
                yield action;
            }
            case ASSIGN -> assignments.assign(testTasks.assignment("Giao mới", AgencySelection.single(testTasks.agencyId("btp")),
                    today, today.plusDays(10)));
            case REASSIGN -> {
                workflow.reassign(task, version(task), testTasks.agencyId("bnv"), "Đúng thẩm quyền");
                yield action;
            }
            case DOWNLOAD, DOWNLOAD_DRAFT -> queries.evidenceFile(evidenceIds.get(task));
            case REMOVE_FILE -> {
                progressReports.removeEvidence(evidenceIds.get(task));
                yield action;
            }
            case IMPORT_PLAN -> planImports.confirm(planImports.preview(new PlanFiles()
                    .task(importedTitle(task), "Công tác chỉ đạo, điều hành", "Bộ Tư pháp")
                    .incoming("ke-hoach.xlsx")));
            case REPORT_FROM_FILE -> {
                ProgressPreview sent = progressImports.confirm(progressImports.preview(SampleFiles.incoming("tien-do.xlsx",
                        SampleFiles.xlsx(List.of(ProgressColumn.CODE.header(), ProgressColumn.PERCENT.header(),
                                ProgressColumn.REPORT.header()), List.of(List.of(task, 40, "Đang thực hiện"))))), true);
                if (!sent.problems().isEmpty()) {
                    throw new NotFoundException();
                }
                yield sent;
            }
        };
    }

    /**
     * What an action may change: the task, its history, its reports and files, every task (ASSIGN, REASSIGN and
     * IMPORT_PLAN add tasks), and the tasks this cell's plan import would add.
     */
    record Snapshot(long version, int history, int reports, long evidence, long tasks, long importedForThisTask) {
    }

    private Snapshot stateOf(long task) {
        return new Snapshot(queries.details(task).version(), taskHistory.history(task).size(), queries.reports(task).size(),
                jdbc.queryForObject("SELECT COUNT(*) FROM task_evidence WHERE task_id = ?", Long.class, task),
                jdbc.queryForObject("SELECT COUNT(*) FROM task", Long.class),
                jdbc.queryForObject("SELECT COUNT(*) FROM task WHERE title = ?", Long.class, importedTitle(task)));
    }

    private static String importedTitle(long task) {
        return "Nhập kế hoạch: nhiệm vụ của ma trận quyền số " + task;
    }

    private long version(long task) {
        return SystemAuthentication.callAsSystem(() -> queries.details(task).version());
    }

    private UserSummary user(Role role, Relation relation) {
        String agency = !role.agencyBound() ? null : switch (relation) {
            case OWN -> "btp";
            case OTHER -> "quang-ninh";
            case SUPPORTING -> "ha-noi";
        };
        return USERS.computeIfAbsent(role + "@" + agency, key -> testUsers.create(role, agency));
    }

}
