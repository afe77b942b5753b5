package vn.gov.cchc.portal.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import vn.gov.cchc.portal.common.NotFoundException;
import vn.gov.cchc.portal.document.SignerService;
import vn.gov.cchc.portal.security.Role;
import vn.gov.cchc.portal.security.SystemAuthentication;
import vn.gov.cchc.portal.support.IntegrationTest;
import vn.gov.cchc.portal.support.TestTasks;
import vn.gov.cchc.portal.support.TestUsers;
import vn.gov.cchc.portal.task.ReformArea;
import vn.gov.cchc.portal.user.UserSummary;

/**
 * Every role × every inspection action × the user's relation to the inspection, called on the services directly:
 * NONE (no relation), TEAM (named on the inspection's team), INSPECTED (a user of the inspected agency), ADDRESSEE (a
 * user of the agency a recommendation is addressed to). A = allowed, D = denied (access denied, or "not found" —
 * which reveals nothing), in that order. Central roles have no agency: their INSPECTED and ADDRESSEE columns are the
 * same as NONE.
 */
@IntegrationTest
class InspectionAuthorizationMatrixTest {

    private static final String MATRIX = """
            role              PLAN READ_OPEN READ_CONCLUDED FINDING RECOMMEND FORWARD ANSWER CLOSE DRAFT APPROVE ISSUE CANCEL
            ADMIN             AAAA AAAA      AAAA           AAAA    AAAA      AAAA    DDDD   AAAA  AAAA  DDDD    DDDD  AAAA
            SECRETARIAT       AAAA AAAA      AAAA           AAAA    AAAA      AAAA    DDDD   AAAA  AAAA  DDDD    DDDD  AAAA
            SECRETARIAT_HEAD  AAAA AAAA      AAAA           AAAA    AAAA      AAAA    DDDD   AAAA  AAAA  AAAA    AAAA  AAAA
            COMMITTEE_MEMBER  DDDD AAAA      AAAA           DADD    DADD      DDDD    DDDD   DDDD  DADD  DDDD    DDDD  DDDD
            AGENCY_LEADER     DDDD DADD      DAAD           DADD    DADD      DDDD    DDDA   DDDD  DADD  DDDD    DDDD  DDDD
            AGENCY_OFFICER    DDDD DADD      DAAD           DADD    DADD      DDDD    DDDA   DDDD  DADD  DDDD    DDDD  DDDD
            """;

    /**
     * PLAN: add an inspection to a plan; FINDING: add a paragraph to an open inspection's findings; RECOMMEND: record a
     * recommendation; FORWARD, ANSWER, CLOSE: a recommendation recorded, forwarded, recorded; DRAFT: start the
     * conclusion; APPROVE: approve a draft someone else wrote; ISSUE: issue the approved draft; CANCEL: cancel the
     * inspection. SECRETARIAT_HEAD is a head of the secretariat, who holds the secretariat's role too.
     */
    enum Action { PLAN, READ_OPEN, READ_CONCLUDED, FINDING, RECOMMEND, FORWARD, ANSWER, CLOSE, DRAFT, APPROVE, ISSUE, CANCEL }

    enum Relation { NONE, TEAM, INSPECTED, ADDRESSEE }

    private static final int YEAR = 2019;
    private static final LocalDate DAY = LocalDate.of(YEAR, 10, 15);
    private static final Map<String, UserSummary> USERS = new ConcurrentHashMap<>();
    private static final Map<String, Long> PLAN = new ConcurrentHashMap<>();

    @Autowired
    InspectionPlanService plans;

    @Autowired
    InspectionService inspections;

    @Autowired
    RecommendationService recommendations;

    @Autowired
    ConclusionNoticeService conclusions;

    @Autowired
    TestUsers testUsers;

    @Autowired
    TestTasks testTasks;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SignerService signers;

    static Stream<Arguments> cells() {
        List<String> lines = MATRIX.lines().skip(1).map(String::strip).filter(l -> !l.isEmpty()).toList();
        return lines.stream().flatMap(line -> {
            String[] columns = line.split("\\s+");
            Role role = Role.valueOf(columns[0]);
            return Arrays.stream(Action.values()).flatMap(action -> Arrays.stream(Relation.values()).map(relation ->
                    Arguments.of(role, action, relation, columns[1 + action.ordinal()].charAt(relation.ordinal()) == 'A')));
        });
    }

    @ParameterizedTest(name = "{0} {1} as {2}: allowed={3}")
    @MethodSource("cells")
    void every_role_action_and_relation_has_its_expected_answer(Role role, Action action, Relation relation, boolean allowed) {
        UserSummary user = user(role, relation);
        long plan = PLAN.computeIfAbsent("plan", key -> SystemAuthentication.callAsSystem(() -> plans.createPlan(new PlanDraft(YEAR,
                "Kế hoạch kiểm tra công tác cải cách hành chính năm " + YEAR + " (ma trận quyền)", "03/QĐ-BCĐCCHC",
                LocalDate.of(YEAR, 2, 20), "Nguyễn Xuân Phúc"))));
        long inspection = SystemAuthentication.callAsSystem(() -> {
            long id = plans.addInspection(plan, new InspectionDraft(testTasks.agencyId("quang-ninh"), 10,
                    EnumSet.of(ReformArea.PROCEDURES), null, "Vụ Cải cách hành chính, Bộ Nội vụ"));
            inspections.saveTeam(id, inspections.details(id).summary().version(), List.of(
                    new TeamMember("Phạm Minh Hùng", "Vụ trưởng", "Bộ Nội vụ", null, true),
                    new TeamMember(user.fullName(), "Thành viên", null, relation == Relation.TEAM ? user.username() : null, false)));
            return id;
        });
        long[] prepared = SystemAuthentication.callAsSystem(() -> prepare(action, inspection));
        String before = SystemAuthentication.callAsSystem(() -> stateOf(inspection));

        boolean succeeded;
        try {
            testUsers.runAs(user, () -> perform(action, plan, inspection, prepared));
            succeeded = true;
        } catch (AccessDeniedException | NotFoundException denied) {
            succeeded = false;
        }
        assertThat(succeeded).as("%s %s as %s", role, action, relation).isEqualTo(allowed);
        if (!allowed) {
            assertThat(SystemAuthentication.callAsSystem(() -> stateOf(inspection))).as("a refusal changes nothing").isEqualTo(before);
        }
    }

    /** What has to be there before the action makes sense: {recommendation id, its version, conclusion id, version}. */
    private long[] prepare(Action action, long inspection) {
        return switch (action) {
            case FORWARD, CLOSE -> recommendation(inspection, false);
            case ANSWER -> recommendation(inspection, true);
            case APPROVE -> {
                Conclusion draft = conclusions.draft(inspection);
                yield new long[] {0, 0, draft.id(), draft.version()};
            }
            case ISSUE -> {
                Conclusion approved = approved(inspection);
                yield new long[] {0, 0, approved.id(), approved.version()};
            }
            case READ_CONCLUDED -> {
                Conclusion approved = approved(inspection);
                asHead(() -> conclusions.issue(approved.id(), approved.version(), new IssueNotice("7/TB-ĐKT", DAY, signer())));
                yield new long[0];
            }
            default -> new long[0];
        };
    }

    /** The inspection's draft notice, approved by a head who did not draft it. */
    private Conclusion approved(long inspection) {
        Conclusion draft = conclusions.draft(inspection);
        return asHead(() -> conclusions.approve(draft.id(), draft.version()));
    }

    private <T> T asHead(Supplier<T> work) {
        return testUsers.callAs(USERS.computeIfAbsent("approving head", key -> testUsers.createHead()), work);
    }

    /** A signer of the register in office on the notices' day. */
    private long signer() {
        return signers.inOfficeOn(DAY).getFirst().id();
    }

    private long[] recommendation(long inspection, boolean forward) {
        long id = recommendations.add(inspection, "Sửa đổi quy định về cơ chế một cửa liên thông.", testTasks.agencyId("vpcp"));
        if (forward) {
            recommendations.forward(id, 0, "Công văn số 5/VPBCĐ", DAY, DAY.plusDays(30));
            return new long[] {id, 1};
        }
        return new long[] {id, 0};
    }

    private void perform(Action action, long plan, long inspection, long[] prepared) {
        switch (action) {
            case PLAN -> plans.addInspection(plan, new InspectionDraft(testTasks.agencyId("ha-noi"), 11, EnumSet.of(ReformArea.DIRECTION),
                    null, "Vụ Cải cách hành chính"));
            case READ_OPEN, READ_CONCLUDED -> inspections.details(inspection);
            case FINDING -> inspections.addFinding(inspection, FindingKind.RESULT, ReformArea.PROCEDURES, "Đúng hạn 99%.");
            case RECOMMEND -> recommendations.add(inspection, "Ban hành hướng dẫn.", testTasks.agencyId("bnv"));
            case FORWARD -> recommendations.forward(prepared[0], prepared[1], "Công văn số 6/VPBCĐ", DAY, DAY.plusDays(20));
            case ANSWER -> recommendations.answer(prepared[0], prepared[1], "Đã tiếp thu.", "Công văn số 9/VPCP-KSTT");
            case CLOSE -> recommendations.close(prepared[0], prepared[1], "Nội dung đã được giải quyết tại văn bản khác.");
            case DRAFT -> conclusions.draft(inspection);
            case APPROVE -> conclusions.approve(prepared[2], prepared[3]);
            case ISSUE -> conclusions.issue(prepared[2], prepared[3], new IssueNotice("8/TB-ĐKT", DAY,
                    SystemAuthentication.callAsSystem(this::signer)));
            case CANCEL -> plans.cancel(inspection, inspections.details(inspection).summary().version(), "Ghép đoàn.");
        }
    }

    /** What a refused action must leave as it was: the inspection, its findings, recommendations and conclusions. */
    private String stateOf(long inspection) {
        return jdbc.queryForObject("""
                SELECT CONCAT(i.version, '/', i.state, '/',
                    (SELECT COUNT(*) FROM inspection_finding f WHERE f.inspection_id = i.id), '/',
                    (SELECT COALESCE(GROUP_CONCAT(r.state ORDER BY r.id), '') FROM inspection_recommendation r WHERE r.inspection_id = i.id), '/',
                    (SELECT COALESCE(GROUP_CONCAT(c.status ORDER BY c.id), '') FROM inspection_conclusion c WHERE c.inspection_id = i.id), '/',
                    (SELECT COUNT(*) FROM inspection x WHERE x.plan_id = i.plan_id))
                FROM inspection i WHERE i.id = ?""", String.class, inspection);
    }

    private UserSummary user(Role role, Relation relation) {
        String agency = !role.agencyBound() ? null : switch (relation) {
            case NONE -> "ha-noi";
            case TEAM -> "bnv";
            case INSPECTED -> "quang-ninh";
            case ADDRESSEE -> "vpcp";
        };
        return USERS.computeIfAbsent(role + "@" + agency + "@" + relation, key -> role == Role.SECRETARIAT_HEAD
                ? testUsers.createHead() : testUsers.create(role, agency));
    }
}
