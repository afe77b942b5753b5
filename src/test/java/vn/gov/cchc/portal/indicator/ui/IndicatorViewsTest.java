package vn.gov.cchc.portal.indicator.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.gov.cchc.portal.agency.AgencyGroup;
import vn.gov.cchc.portal.indicator.AgencyReport;
import vn.gov.cchc.portal.indicator.AgencyReportService;
import vn.gov.cchc.portal.indicator.IndexFramework;
import vn.gov.cchc.portal.indicator.IndexPublication;
import vn.gov.cchc.portal.indicator.IndexScores;
import vn.gov.cchc.portal.indicator.IndexService;
import vn.gov.cchc.portal.indicator.IndicatorFiguresService;
import vn.gov.cchc.portal.indicator.IndicatorLevel;
import vn.gov.cchc.portal.indicator.PeriodKind;
import vn.gov.cchc.portal.indicator.ReportState;
import vn.gov.cchc.portal.indicator.ReportedValue;
import vn.gov.cchc.portal.indicator.ReportingRoundService;
import vn.gov.cchc.portal.indicator.RoundDraft;
import vn.gov.cchc.portal.indicator.RoundSummary;
import vn.gov.cchc.portal.security.Role;
import vn.gov.cchc.portal.support.IntegrationTest;
import vn.gov.cchc.portal.support.TestTasks;
import vn.gov.cchc.portal.support.TestUsers;
import vn.gov.cchc.portal.user.UserSummary;

/** A province fills the round's form, its leader submits, the secretariat sees the disagreement and returns it. */
@IntegrationTest
class IndicatorViewsTest extends SpringBrowserlessTest {

    @Autowired
    TestUsers testUsers;

    @Autowired
    TestTasks testTasks;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    ReportingRoundService rounds;

    @Autowired
    AgencyReportService agencyReports;

    @Autowired
    IndexService indices;

    @Autowired
    IndicatorFiguresService figures;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_officer_fills_the_leader_submits_and_the_secretariat_returns_a_rate_that_is_not_its_counts() {
        UserSummary secretary = testUsers.create(Role.SECRETARIAT, null);
        long round = testUsers.callAs(secretary, () -> rounds.open(new RoundDraft("Báo cáo số liệu năm 2022 (giao diện)",
                PeriodKind.YEAR, 2022, 1, LocalDate.of(2022, 11, 22), LocalDate.of(2022, 12, 5),
                List.of("HS_RESOLVED", "HS_ON_TIME", "RATE_ON_TIME"), List.of(testTasks.agencyId("cao-bang")))));

        signIn(testUsers.create(Role.AGENCY_OFFICER, "cao-bang"));
        navigate(AgencyReportView.class, round);
        List<BigDecimalField> fields = find(BigDecimalField.class).all();
        assertThat(fields).as("three indicators, each its total and the province's three levels of 2022").hasSize(12);
        assertThat(fields.getFirst().getHelperText()).isEqualTo("Kỳ trước: chưa có");
        assertThat(find(Button.class).withText("Gửi báo cáo").all()).as("the officer enters, the leader submits").isEmpty();
        test(fields.get(0)).setValue(new BigDecimal("-1"));
        test(find(Button.class).withText("Lưu nháp").single()).click();
        assertThat(fields.get(0).isInvalid()).isTrue();
        assertThat(fields.get(0).getErrorMessage()).isEqualTo("Số liệu không được âm.");
        test(fields.get(0)).setValue(new BigDecimal("185969"));
        test(fields.get(4)).setValue(new BigDecimal("184517"));
        test(fields.get(8)).setValue(new BigDecimal("99.92"));
        test(find(Button.class).withText("Lưu nháp").single()).click();

        signIn(testUsers.create(Role.AGENCY_LEADER, "cao-bang"));
        navigate(AgencyReportView.class, round);
        assertThat(find(BigDecimalField.class).all().get(8).getValue()).isEqualByComparingTo("99.92");
        test(find(Button.class).withText("Gửi báo cáo").single()).click();
        assertThat(find(Span.class).withClassName("report-state").single().getText()).isEqualTo("Đã gửi, chờ xem xét");

        signIn(secretary);
        navigate(RoundView.class, round);
        @SuppressWarnings("unchecked")
        Grid<AgencyReport> grid = find(Grid.class).first();
        AgencyReport caoBang = rounds.reports(round).getFirst();
        grid.asSingleSelect().setValue(caoBang);
        assertThat(find(Span.class).all()).extracting(Span::getText)
                .anyMatch(text -> text.contains("Tỷ lệ báo cáo 99,92 khác tỷ lệ tính từ số liệu 99,22"));
        test(find(TextArea.class).single()).setValue("Tỷ lệ 99,92% không khớp với 184.517/185.969 hồ sơ; đề nghị kiểm tra.");
        test(find(Button.class).withText("Trả lại").single()).click();

        assertThat(rounds.reports(round).getFirst().state()).isEqualTo(ReportState.RETURNED);
    }

    private void acceptReport(UserSummary secretary, long round, String agency, String resolved, String onTime, String rate) {
        UserSummary leader = testUsers.create(Role.AGENCY_LEADER, agency);
        AgencyReport draft = testUsers.callAs(leader, () -> agencyReports.save(round, 0, List.of(
                new ReportedValue("HS_RESOLVED", IndicatorLevel.TOTAL, new BigDecimal(resolved)),
                new ReportedValue("HS_ON_TIME", IndicatorLevel.TOTAL, new BigDecimal(onTime)),
                new ReportedValue("RATE_ON_TIME", IndicatorLevel.TOTAL, new BigDecimal(rate)))));
        AgencyReport sent = testUsers.callAs(leader, () -> agencyReports.submit(round, draft.version()));
        testUsers.runAs(secretary, () -> rounds.accept(sent.id(), sent.version(), null));
    }

    @Test
    void the_committee_member_reads_the_on_time_rate_summed_over_the_provinces_with_its_coverage() {
        UserSummary secretary = testUsers.create(Role.SECRETARIAT, null);
        long round = testUsers.callAs(secretary, () -> rounds.open(new RoundDraft("Báo cáo số liệu quý IV năm 2022 (số liệu)",
                PeriodKind.QUARTER, 2022, 4, LocalDate.of(2022, 11, 22), LocalDate.of(2022, 12, 5),
                List.of("HS_RESOLVED", "HS_ON_TIME", "RATE_ON_TIME"), List.of(testTasks.agencyId("cao-bang"),
                        testTasks.agencyId("ha-noi"), testTasks.agencyId("quang-ninh")))));
        acceptReport(secretary, round, "cao-bang", "185969", "184517", "99.22");

        UserSummary member = testUsers.create(Role.COMMITTEE_MEMBER, null);
        assertThat(testUsers.callAs(member, () -> figures.figures(round)).national())
                .as("one province's 99,22 %% is no total").isEmpty();

        acceptReport(secretary, round, "ha-noi", "1000", "900", "90");
        signIn(member);
        IndicatorsView view = navigate(IndicatorsView.class);
        @SuppressWarnings("unchecked")
        ComboBox<RoundSummary> period = find(ComboBox.class).withCaption("Kỳ báo cáo").single();
        test(period).selectItem("Báo cáo số liệu quý IV năm 2022 (số liệu)");
        @SuppressWarnings("unchecked")
        Grid<Object> totals = find(Grid.class).first();
        assertThat(test(totals).size()).isEqualTo(3);
        assertThat(test(totals).getCellText(2, 0)).isEqualTo("Tỷ lệ hồ sơ giải quyết trước và đúng hạn");
        assertThat(test(totals).getCellText(2, 2)).as("(184.517 + 900) / (185.969 + 1.000)").isEqualTo("99,17");
        assertThat(test(totals).getCellText(2, 3)).isEqualTo("Tổng hợp 2/3 cơ quan");
        assertThat(test(totals).getCellText(2, 5)).isEqualTo("99,17 (2/3)");
        assertThat(test(totals).getCellText(2, 4)).as("no ministry reported").isEqualTo("—");
        assertThat(view.getElement().getOuterHTML()).doesNotContain("Could not");
    }

    @Test
    void the_agency_profile_shows_a_provinces_tasks_its_accepted_figures_with_a_chart_and_its_index_rank() {
        UserSummary secretary = testUsers.create(Role.SECRETARIAT, null);
        long quangNinh = testTasks.agencyId("quang-ninh");
        long round = testUsers.callAs(secretary, () -> rounds.open(new RoundDraft("Báo cáo số liệu năm 2021 (hồ sơ)",
                PeriodKind.YEAR, 2021, 1, LocalDate.of(2021, 11, 30), LocalDate.of(2021, 12, 10),
                List.of("HS_RESOLVED"), List.of(quangNinh))));
        UserSummary leader = testUsers.create(Role.AGENCY_LEADER, "quang-ninh");
        AgencyReport draft = testUsers.callAs(leader, () -> agencyReports.save(round, 0, List.of(
                new ReportedValue("HS_RESOLVED", IndicatorLevel.TOTAL, new BigDecimal("498750")))));
        AgencyReport sent = testUsers.callAs(leader, () -> agencyReports.submit(round, draft.version()));
        testUsers.runAs(secretary, () -> rounds.accept(sent.id(), sent.version(), null));
        IndexFramework par = testUsers.callAs(secretary, () -> indices.inForce("PAR_INDEX", AgencyGroup.PROVINCES, 2021)).orElseThrow();
        testUsers.runAs(secretary, () -> indices.savePublication(new IndexPublication(par.id(), 2021, null, null, 63, 0)));
        testUsers.runAs(secretary, () -> indices.saveResult(par.id(), 2021, quangNinh,
                new IndexScores(null, null, null, null, Map.of(), 1), 0));
        testTasks.assignTo("quang-ninh", "Rà soát, đơn giản hóa thủ tục hành chính nội bộ năm 2022 (hồ sơ)",
                LocalDate.of(2022, 2, 10), LocalDate.of(2022, 12, 15));

        signIn(testUsers.create(Role.COMMITTEE_MEMBER, null));
        navigate(AgencyProfileView.class, quangNinh);

        Grid<?> tasks = find(Grid.class).withClassName("profile-tasks").single();
        assertThat(test(tasks).getCellText(0, 0)).isEqualTo("2022");
        assertThat(Integer.parseInt(test(tasks).getCellText(0, 2).replace(".", ""))).isPositive();
        Grid<?> figures = find(Grid.class).withClassName("profile-figures").single();
        assertThat(test(figures).getCellText(0, 3)).isEqualTo("498.750");
        assertThat(find(Image.class).withClassName("series-chart").single().getSrc())
                .startsWith("data:image/svg+xml;base64,");
        Grid<?> ranks = find(Grid.class).withClassName("profile-indices").single();
        assertThat(test(ranks).getCellText(0, 3)).isEqualTo("1/63");

        navigate(IndicesView.class);
        assertThat(find(Button.class).withText("Nhập kết quả").all()).as("the committee reads, the secretariat enters").isEmpty();
    }

    @Test
    void the_figures_and_indices_screens_open_on_a_period_that_has_data() {
        signIn(testUsers.create(Role.COMMITTEE_MEMBER, null));

        navigate(IndicatorsView.class);
        @SuppressWarnings("unchecked")
        ComboBox<RoundSummary> period = find(ComboBox.class).withCaption("Kỳ báo cáo").single();
        assertThat(period.getValue().accepted()).as("not a round nobody has reported yet").isPositive();
        assertThat(find(Grid.class).all()).as("its figures are shown (totals, or the agencies that reported)")
                .anyMatch(grid -> test(grid).size() > 0);

        navigate(IndicesView.class);
        assertThat(find(Grid.class).all()).as("the year shown has results")
                .anyMatch(grid -> grid.getClassNames().contains("index-results") && test(grid).size() > 0);
    }

    private void signIn(UserSummary user) {
        UserDetails principal = userDetails.loadUserByUsername(user.username());
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                principal, null, principal.getAuthorities()));
    }
}
