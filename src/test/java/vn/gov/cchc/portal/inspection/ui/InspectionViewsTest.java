package vn.gov.cchc.portal.inspection.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import vn.gov.cchc.portal.inspection.InspectionPlanService;
import vn.gov.cchc.portal.security.Roles;
import vn.gov.cchc.portal.support.IntegrationTest;

/** A committee member reads the demo's Cao Bằng inspection: its figures, recommendations, notice and history. */
@IntegrationTest
@WithMockUser(roles = Roles.COMMITTEE_MEMBER)
class InspectionViewsTest extends SpringBrowserlessTest {

    @Autowired
    InspectionPlanService plans;

    @Test
    void the_committee_reads_the_cao_bang_inspection_without_changing_it() {
        long plan = plans.plans().stream().filter(p -> p.year() == 2022).findFirst().orElseThrow().id();
        long caoBang = plans.inspections(plan).stream().filter(i -> i.agency().vi().equals("Tỉnh Cao Bằng")).findFirst().orElseThrow().id();

        navigate(InspectionView.class, caoBang);

        assertThat(find(Grid.class).all()).extracting(grid -> grid.getParent().map(p -> p.getClass().getSimpleName()).orElse(""))
                .contains("AgencyFiguresSection", "FindingsSection", "RecommendationsSection", "HistorySection");
        Grid<?> accepted = find(Grid.class).all().stream().filter(grid -> grid.getParent().orElseThrow() instanceof AgencyFiguresSection)
                .findFirst().orElseThrow();
        assertThat(test(accepted).size()).isPositive();
        Grid<?> recommendations = find(Grid.class).all().stream()
                .filter(grid -> grid.getParent().orElseThrow() instanceof RecommendationsSection).findFirst().orElseThrow();
        assertThat(test(recommendations).size()).as("seed 002: nine recommendations, the cost norms to two ministries").isEqualTo(9);
        assertThat(find(Anchor.class).withClassName("conclusion-docx").all()).hasSize(1);
        assertThat(find(Button.class).withText("Thêm nội dung").all()).as("the committee reads").isEmpty();
        assertThat(find(Button.class).withText("Chuyển cơ quan có thẩm quyền").all()).isEmpty();
    }
}
