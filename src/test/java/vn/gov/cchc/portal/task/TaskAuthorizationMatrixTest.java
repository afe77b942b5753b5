package vn.gov.cchc.portal.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
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
 * supporting. Central roles have no agency; their three columns are the same task seen by the same user.
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

    private static final LocalDate TODAY = LocalDate.now(PortalTime.ZONE);
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
    AgencyTaskService agencyTasks;

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
        long task = SystemAuthentication.callAsSystem(() -> assignments.assign(new TaskAssignment(null, "1/MT", TODAY, null,
                null, "Ma trận quyền " + role + " " + action + " " + relation, null, ReformArea.DIRECTION,
                AgencySelection.single(testTasks.agencyId("btp")), java.util.Set.of(testTasks.agencyId("ha-noi")), TODAY,
                TODAY.plusDays(40), null, TaskPriority.NORMAL, null)));
        SystemAuthentication.runAsSystem(() -> prepare(action, task));
        UserSummary user = user(role, relation);
        String before = SystemAuthentication.callAsSystem(() -> stateOf(task));

        boolean succeeded;
        try {
            testUsers.runAs(user, () -> perform(action, task));
            succeeded = true;
        } catch (AccessDeniedException | NotFoundException denied) {
            succeeded = false;
        }
        assertThat(succeeded).as("%s %s on %s task", role, action, relation).isEqualTo(allowed);
        if (!allowed) {
            assertThat(SystemAuthentication.callAsSystem(() -> stateOf(task))).as("a refusal changes nothing").isEqualTo(before);
        }
    }

    /** What has to have happened before the action makes sense (a proposal before a confirmation, …). */
    private void prepare(Action action, long task) {
        UserSummary leader = user(Role.AGENCY_LEADER, Relation.OWN);
        switch (action) {
            case CONFIRM, RETURN -> testUsers.runAs(leader, () -> workflow.proposeCompletion(task, version(task), "Báo cáo số 1"));
            case APPROVE -> testUsers.runAs(leader, () -> workflow.requestExtension(task, version(task), TODAY.plusDays(90), "Cần thêm thời gian"));
            case DOWNLOAD -> evidenceIds.put(task, testUsers.callAs(user(Role.AGENCY_OFFICER, Relation.OWN), () -> {
                long file = agencyTasks.uploadEvidence(task, null, SampleFiles.incoming("minh-chung.pdf", SampleFiles.pdf())).id();
                ProgressReport draft = agencyTasks.saveDraft(task, null, 0, 40, "Đã hoàn thành dự thảo");
                agencyTasks.submit(task, draft.id(), draft.version());
                return file;
            }));
            case DOWNLOAD_DRAFT, REMOVE_FILE -> evidenceIds.put(task, testUsers.callAs(user(Role.AGENCY_OFFICER, Relation.OWN),
                    () -> agencyTasks.uploadEvidence(task, null, SampleFiles.incoming("minh-chung.pdf", SampleFiles.pdf())).id()));
            default -> { }
        }
    }

    private void perform(Action action, long task) {
        switch (action) {
            case READ -> queries.details(task);
            case REPORT -> {
                ProgressReport draft = agencyTasks.saveDraft(task, null, 0, 40, "Đang thực hiện");
                agencyTasks.submit(task, draft.id(), draft.version());
            }
            case PROPOSE -> workflow.proposeCompletion(task, version(task), "Quyết định số 9");
            case EXTEND -> workflow.requestExtension(task, version(task), TODAY.plusDays(80), "Chờ ý kiến bộ ngành");
            case CONFIRM -> workflow.confirmCompletion(task, version(task), null);
            case RETURN -> workflow.returnCompletion(task, version(task), "Chưa đạt yêu cầu");
            case APPROVE -> workflow.approveExtension(task, version(task), "Công văn 12/VPCP");
            case ASSIGN -> assignments.assign(testTasks.assignment("Giao mới", AgencySelection.single(testTasks.agencyId("btp")),
                    TODAY, TODAY.plusDays(10)));
            case REASSIGN -> workflow.reassign(task, version(task), testTasks.agencyId("bnv"), "Đúng thẩm quyền");
            case DOWNLOAD, DOWNLOAD_DRAFT -> queries.evidenceFile(evidenceIds.get(task));
            case REMOVE_FILE -> agencyTasks.removeEvidence(evidenceIds.get(task));
            case IMPORT_PLAN -> planImports.confirm(planImports.preview(new PlanFiles()
                    .task("Nhập kế hoạch: nhiệm vụ của ma trận quyền số " + task, "Công tác chỉ đạo, điều hành", "Bộ Tư pháp")
                    .incoming("ke-hoach.xlsx")));
            case REPORT_FROM_FILE -> {
                ProgressPreview sent = progressImports.confirm(progressImports.preview(SampleFiles.incoming("tien-do.xlsx",
                        SampleFiles.xlsx(List.of(ProgressColumn.CODE.header(), ProgressColumn.PERCENT.header(),
                                ProgressColumn.REPORT.header()), List.of(List.of(task, 40, "Đang thực hiện"))))), true);
                if (!sent.problems().isEmpty()) {
                    throw new NotFoundException();
                }
            }
        }
    }

    /** What a refused action must leave as it was: the task, its history, its reports and their files. */
    private String stateOf(long task) {
        return queries.details(task).version() + "/" + queries.history(task).size() + "/"
                + queries.reports(task).size() + "/" + jdbc.queryForObject(
                        "SELECT COUNT(*) FROM task_evidence WHERE task_id = ?", Long.class, task);
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
