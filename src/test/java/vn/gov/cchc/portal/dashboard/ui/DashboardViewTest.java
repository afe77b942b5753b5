package vn.gov.cchc.portal.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import vn.gov.cchc.portal.agency.AgencyGroup;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.security.Roles;
import vn.gov.cchc.portal.support.IntegrationTest;
import vn.gov.cchc.portal.warning.AgencyRisk;
import vn.gov.cchc.portal.warning.RiskService;

@IntegrationTest
@WithMockUser(roles = Roles.COMMITTEE_MEMBER)
class DashboardViewTest extends SpringBrowserlessTest {

    @Autowired
    RiskService risks;

    @Test
    void committee_member_reads_the_published_rates_for_the_first_half_of_2023() {
        navigate(DashboardView.class);
        show(LocalDate.of(2023, 6, 21), LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31));

        assertThat(find(Span.class).withClassName("figure-rate").all()).extracting(Span::getText)
                .contains("35,03%", "46,09%");
    }

    @Test
    void committee_member_reads_how_many_tasks_were_at_risk_on_the_cut_off_in_each_group() {
        navigate(DashboardView.class);
        show(LocalDate.of(2023, 6, 21), LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31));

        List<AgencyRisk> rows = risks.byAgency(LocalDate.of(2023, 6, 21));
        long ministries = rows.stream().filter(row -> row.group() == AgencyGroup.MINISTRIES).mapToLong(AgencyRisk::atRisk).sum();
        long provinces = rows.stream().filter(row -> row.group() == AgencyGroup.PROVINCES).mapToLong(AgencyRisk::atRisk).sum();
        assertThat(provinces).isPositive();
        assertThat(find(Paragraph.class).withClassName("dashboard-at-risk").single().getElement().getTextRecursively())
                .startsWith("Nhiệm vụ có nguy cơ chậm tính đến ngày 21/06/2023: " + Formats.integer(ministries)
                        + " của các bộ, cơ quan ngang bộ; " + Formats.integer(provinces) + " của các tỉnh, thành phố.")
                .endsWith("Xem theo cơ quan");
    }

    @Test
    void committee_member_choosing_a_cut_off_before_the_period_sees_why_on_the_date_field() {
        navigate(DashboardView.class);
        show(LocalDate.of(2022, 12, 31), LocalDate.of(2023, 1, 1), LocalDate.of(2023, 6, 30));

        DatePicker asOf = find(DatePicker.class).withCaption("Số liệu tính đến ngày").single();
        assertThat(asOf.isInvalid()).isTrue();
        assertThat(asOf.getErrorMessage()).isEqualTo("Ngày tính số liệu không được trước ngày bắt đầu kỳ.");
        assertThat(paragraphs()).contains("Vui lòng sửa các điều kiện xem số liệu.");
    }

    @Test
    void a_period_without_tasks_shows_an_honest_empty_state() {
        navigate(DashboardView.class);
        show(LocalDate.of(2031, 1, 1), LocalDate.of(2030, 1, 1), LocalDate.of(2030, 12, 31));

        assertThat(paragraphs()).contains("Không có nhiệm vụ nào trong kỳ này.");
        assertThat(find(Span.class).withClassName("figure-rate").exists()).isFalse();
    }

    private void show(LocalDate asOf, LocalDate from, LocalDate to) {
        test(find(DatePicker.class).withCaption("Kế hoạch từ ngày").single()).setValue(from);
        test(find(DatePicker.class).withCaption("Kế hoạch đến ngày").single()).setValue(to);
        test(find(DatePicker.class).withCaption("Số liệu tính đến ngày").single()).setValue(asOf);
        test(find(Button.class).withText("Xem số liệu").single()).click();
    }

    private List<String> paragraphs() {
        return find(Paragraph.class).all().stream().map(Paragraph::getText).toList();
    }
}
