package vn.gov.cchc.portal.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.security.Roles;
import vn.gov.cchc.portal.support.IntegrationTest;
import vn.gov.cchc.portal.support.TestDocuments;
import vn.gov.cchc.portal.task.TaskQueryService;
import vn.gov.cchc.portal.task.TaskStatus;

/** The demo's inspections: Cao Bằng 2022 as seed 002 tells it, and the 2023 plan in different states. */
@IntegrationTest
@WithMockUser(roles = Roles.SECRETARIAT)
class DemoInspectionsTest {

    @Autowired
    InspectionPlanService plans;

    @Autowired
    InspectionService inspections;

    @Autowired
    TaskQueryService tasks;

    @Autowired
    ConclusionNoticeService notices;

    @Test
    void cao_bang_2022_is_concluded_with_its_recommendations_followed_up_and_its_requirements_done() throws Exception {
        PlanSummary plan = plans.plans().stream().filter(p -> p.year() == 2022).findFirst().orElseThrow();
        InspectionSummary caoBang = plans.inspections(plan.id()).stream().filter(i -> i.agency().vi().equals("Tỉnh Cao Bằng"))
                .findFirst().orElseThrow();
        InspectionDetails details = inspections.details(caoBang.id());

        assertThat(details.summary().state()).isEqualTo(InspectionState.CONCLUDED);
        assertThat(details.visit().from()).isEqualTo(LocalDate.of(2022, 12, 2));
        assertThat(details.team()).filteredOn(TeamMember::lead).singleElement()
                .satisfies(lead -> assertThat(lead.fullName()).isEqualTo("Phạm Minh Hùng"));
        assertThat(details.findings()).extracting(Finding::text).anyMatch(text -> text.contains("184.517 hồ sơ (99,22%)"));
        assertThat(details.findings()).filteredOn(f -> f.kind() == FindingKind.LIMITATION).hasSize(3);
        LocalDate today = LocalDate.now(PortalTime.ZONE);
        assertThat(details.recommendations()).extracting(Recommendation::state).containsOnly(RecommendationState.FORWARDED,
                RecommendationState.ANSWERED, RecommendationState.CLOSED);
        assertThat(details.recommendations()).filteredOn(r -> r.state() == RecommendationState.ANSWERED).hasSize(2);
        assertThat(details.recommendations()).filteredOn(r -> r.overdue(today)).hasSize(6);
        assertThat(details.recommendations()).as("seed 002: to the Government, through its Office").first()
                .satisfies(first -> {
                    assertThat(first.text()).startsWith("Kiến nghị Chính phủ");
                    assertThat(first.addressee().vi()).isEqualTo("Văn phòng Chính phủ");
                });
        assertThat(details.recommendations()).filteredOn(r -> r.text().contains("giá dịch vụ sự nghiệp công"))
                .extracting(r -> r.addressee().vi()).as("seed 002: the cost norms to both ministries")
                .containsExactly("Bộ Tư pháp", "Bộ Công Thương");
        assertThat(details.visit().places()).contains("Trung tâm Dịch vụ hành chính công của tỉnh");
        Conclusion notice = details.conclusions().getFirst();
        assertThat(notice.status()).isEqualTo(ConclusionStatus.ISSUED);
        assertThat(notice.docNumber()).isEqualTo("112/TB-ĐKT");
        assertThat(notice.signer()).as("an invented signer for an invented notice").isEqualTo("Hồ Thị Lan");
        assertThat(TestDocuments.pdfsig(notices.pdf(notice.id())))
                .contains("Signature is Valid.", "Total document signed");
        assertThat(plan.signer()).isNotEqualTo("Phạm Minh Chính");
        assertThat(notice.requirements()).hasSize(3).allSatisfy(requirement -> assertThat(tasks.details(requirement.taskId())
                .statusToday().status()).isEqualTo(TaskStatus.DONE_ON_TIME));
    }

    @Test
    void the_2023_plan_has_inspections_under_way_planned_and_cancelled() {
        PlanSummary plan = plans.plans().stream().filter(p -> p.year() == 2023).findFirst().orElseThrow();
        assertThat(plan.decisionNumber()).isEqualTo("12/QĐ-BCĐCCHC");
        assertThat(plan.decisionDate()).isEqualTo(LocalDate.of(2023, 3, 8));
        List<InspectionState> states = plans.inspections(plan.id()).stream().map(InspectionSummary::state).toList();
        assertThat(states).containsExactlyInAnyOrder(InspectionState.UNDER_WAY, InspectionState.PLANNED, InspectionState.CANCELLED);
        assertThat(plan.planned()).isEqualTo(2);
        assertThat(plan.cancelled()).isEqualTo(1);
    }
}
