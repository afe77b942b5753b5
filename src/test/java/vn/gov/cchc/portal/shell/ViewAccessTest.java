package vn.gov.cchc.portal.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.gov.cchc.portal.security.PortalUser;
import vn.gov.cchc.portal.security.Role;
import vn.gov.cchc.portal.support.IntegrationTest;
import vn.gov.cchc.portal.support.TestTasks;

/**
 * Every role against every route: allowed roles see the view, everyone else is refused (the error view, not the
 * page), whatever they type in the address bar.
 */
@IntegrationTest
class ViewAccessTest extends SpringBrowserlessTest {

    @Autowired
    TestTasks testTasks;

    @Autowired
    JdbcTemplate jdbc;

    record RouteRule(String location, String view, List<Role> allowed) {
    }

    private static final List<RouteRule> RULES = List.of(
            new RouteRule("", "HomeView", List.of(Role.values())),
            new RouteRule("sessions", "SessionListView", List.of(Role.values())),
            new RouteRule("dashboard", "DashboardView", List.of(Role.values())),
            new RouteRule("briefs", "BriefsView", List.of(Role.values())),
            new RouteRule("indicators", "IndicatorsView", List.of(Role.values())),
            new RouteRule("agency/tasks", "AgencyTasksView", List.of(Role.AGENCY_LEADER, Role.AGENCY_OFFICER)),
            new RouteRule("tasks", "TaskListView", List.of(Role.ADMIN, Role.SECRETARIAT, Role.COMMITTEE_MEMBER)),
            new RouteRule("tasks/import", "PlanImportView", List.of(Role.ADMIN, Role.SECRETARIAT)),
            new RouteRule("agency/progress-import", "ProgressImportView", List.of(Role.AGENCY_LEADER, Role.AGENCY_OFFICER)),
            new RouteRule("admin/agencies", "AgencyListView", List.of(Role.ADMIN, Role.SECRETARIAT)),
            new RouteRule("indicators/catalogue", "IndicatorCatalogueView", List.of(Role.ADMIN, Role.SECRETARIAT)),
            new RouteRule("indicators/rounds", "RoundsView", List.of(Role.ADMIN, Role.SECRETARIAT)),
            new RouteRule("reminders", "ReminderRulesView", List.of(Role.ADMIN, Role.SECRETARIAT)),
            new RouteRule("warnings/rules", "RiskRulesView", List.of(Role.ADMIN, Role.SECRETARIAT)),
            new RouteRule("warnings", "RiskView", List.of(Role.ADMIN, Role.SECRETARIAT, Role.COMMITTEE_MEMBER)),
            new RouteRule("agency/indicators", "AgencyRoundsView", List.of(Role.AGENCY_LEADER, Role.AGENCY_OFFICER)),
            new RouteRule("indicators/indices", "IndicesView", List.of(Role.values())),
            new RouteRule("indicators/agency", "AgencyProfileView", List.of(Role.ADMIN, Role.SECRETARIAT, Role.COMMITTEE_MEMBER)),
            new RouteRule("inspections", "InspectionPlansView", List.of(Role.ADMIN, Role.SECRETARIAT, Role.COMMITTEE_MEMBER)),
            new RouteRule("inspections/overview", "InspectionOverviewView", List.of(Role.ADMIN, Role.SECRETARIAT, Role.COMMITTEE_MEMBER)),
            new RouteRule("inspections/mine", "MyInspectionsView", List.of(Role.AGENCY_LEADER, Role.AGENCY_OFFICER)),
            new RouteRule("agency/recommendations", "AgencyRecommendationsView", List.of(Role.AGENCY_LEADER, Role.AGENCY_OFFICER)),
            new RouteRule("admin/users", "UserListView", List.of(Role.ADMIN)),
            new RouteRule("admin/backups", "BackupsView", List.of(Role.ADMIN)),
            new RouteRule("admin/outbox", "OutboxView", List.of(Role.ADMIN)),
            new RouteRule("admin/api-tokens", "ApiTokensView", List.of(Role.ADMIN)),
            new RouteRule("admin/signers", "SignersView", List.of(Role.ADMIN)),
            new RouteRule("search", "SearchView", List.of(Role.values())));

    /**
     * The detail routes, on demo records: a task of Hà Nội's 2023 plan (the agency roles below belong to Hà Nội), the
     * 5th session, and its issued brief. An agency user opening another agency's task is checked in
     * TaskAuthorizationMatrixTest and AgencyTaskViewsTest.
     */
    private static final List<RouteRule> DETAIL_RULES = List.of(
            new RouteRule("task/{hanoiTask}", "TaskView", List.of(Role.ADMIN, Role.SECRETARIAT, Role.COMMITTEE_MEMBER)),
            new RouteRule("agency/task/{hanoiTask}", "AgencyTaskView", List.of(Role.AGENCY_LEADER, Role.AGENCY_OFFICER)),
            new RouteRule("session/{fifthSession}", "SessionView", List.of(Role.values())),
            new RouteRule("brief/{fifthBrief}", "BriefView", List.of(Role.values())));

    static Stream<Arguments> everyRoleOnEveryRoute() {
        return Stream.concat(RULES.stream(), DETAIL_RULES.stream()).flatMap(rule -> Stream.of(Role.values())
                .map(role -> Arguments.of(role, rule.location(), rule.view(), rule.allowed().contains(role)
                        || role == Role.SECRETARIAT_HEAD && rule.allowed().contains(Role.SECRETARIAT))));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @ParameterizedTest(name = "{0} opens /{1}: allowed={3}")
    @MethodSource("everyRoleOnEveryRoute")
    void each_role_opens_exactly_the_views_it_may(Role role, String location, String view, boolean allowed) {
        signInAs(role);
        navigate(withIds(location), Component.class);
        String shown = getCurrentView().getClass().getSimpleName();
        if (allowed) {
            assertThat(shown).isEqualTo(view);
        } else {
            assertThat(shown).as("the portal's own refusal page").isIn("NotFoundPage", "AccessDeniedPage");
            String page = getCurrentView().getElement().getOuterHTML();
            assertThat(page).contains("Về trang chủ").doesNotContain("admin/", "Could not navigate");
        }
    }

    private String withIds(String location) {
        return location.replace("{hanoiTask}", String.valueOf(jdbc.queryForObject("SELECT MIN(t.id) FROM task t JOIN agency a"
                        + " ON a.id = t.lead_agency_id WHERE a.code = 'ha-noi' AND t.plan_year = 2023", Long.class)))
                .replace("{fifthSession}", String.valueOf(jdbc.queryForObject(
                        "SELECT id FROM committee_session WHERE number = 5 AND term = '2021-2026'", Long.class)))
                .replace("{fifthBrief}", String.valueOf(jdbc.queryForObject(
                        "SELECT id FROM brief WHERE doc_number = '86/BC-VPBCĐ'", Long.class)));
    }

    @Test
    void anonymous_visitor_is_sent_to_the_sign_in_view() {
        navigate("admin/users", Component.class);
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("LoginView");
    }

    @Test
    void agency_officer_typing_the_admin_url_is_refused() {
        signInAs(Role.AGENCY_OFFICER);
        navigate("admin/users", Component.class);
        assertThat(getCurrentView().getClass().getSimpleName()).isNotEqualTo("UserListView");
        assertThat(find(Grid.class).all()).isEmpty();
    }

    static Stream<Arguments> menuPerRole() {
        return Stream.of(
                Arguments.of(Role.AGENCY_OFFICER, List.of("Trang chủ", "Số liệu tổng hợp", "Số liệu chỉ tiêu", "Chỉ số công bố", "Phiên họp", "Kế hoạch cải cách hành chính", "Nhiệm vụ của cơ quan", "Báo cáo số liệu", "Kết quả kiểm tra", "Kiến nghị cần trả lời", "Báo cáo tóm tắt")),
                Arguments.of(Role.AGENCY_LEADER, List.of("Trang chủ", "Số liệu tổng hợp", "Số liệu chỉ tiêu", "Chỉ số công bố", "Phiên họp", "Kế hoạch cải cách hành chính", "Nhiệm vụ của cơ quan", "Báo cáo số liệu", "Kết quả kiểm tra", "Kiến nghị cần trả lời", "Báo cáo tóm tắt")),
                Arguments.of(Role.COMMITTEE_MEMBER, List.of("Trang chủ", "Số liệu tổng hợp", "Số liệu chỉ tiêu", "Chỉ số công bố", "Hồ sơ cơ quan, địa phương", "Phiên họp", "Nhiệm vụ", "Nhiệm vụ có nguy cơ chậm", "Báo cáo tóm tắt", "Kiểm tra cải cách hành chính")),
                Arguments.of(Role.SECRETARIAT, List.of("Trang chủ", "Số liệu tổng hợp", "Số liệu chỉ tiêu", "Chỉ số công bố", "Hồ sơ cơ quan, địa phương", "Phiên họp", "Kế hoạch của các cơ quan", "Nhiệm vụ", "Nhiệm vụ có nguy cơ chậm", "Báo cáo tóm tắt", "Kiểm tra cải cách hành chính", "Chỉ tiêu báo cáo", "Đợt báo cáo số liệu", "Quy tắc nhắc việc", "Quy tắc cảnh báo sớm", "Cơ quan, địa phương")),
                Arguments.of(Role.SECRETARIAT_HEAD, List.of("Trang chủ", "Số liệu tổng hợp", "Số liệu chỉ tiêu", "Chỉ số công bố", "Hồ sơ cơ quan, địa phương", "Phiên họp", "Kế hoạch của các cơ quan", "Nhiệm vụ", "Nhiệm vụ có nguy cơ chậm", "Báo cáo tóm tắt", "Kiểm tra cải cách hành chính", "Chỉ tiêu báo cáo", "Đợt báo cáo số liệu", "Quy tắc nhắc việc", "Quy tắc cảnh báo sớm", "Cơ quan, địa phương")),
                Arguments.of(Role.ADMIN, List.of("Trang chủ", "Số liệu tổng hợp", "Số liệu chỉ tiêu", "Chỉ số công bố", "Hồ sơ cơ quan, địa phương", "Phiên họp", "Kế hoạch của các cơ quan", "Nhiệm vụ", "Nhiệm vụ có nguy cơ chậm", "Báo cáo tóm tắt", "Kiểm tra cải cách hành chính", "Chỉ tiêu báo cáo", "Đợt báo cáo số liệu", "Quy tắc nhắc việc", "Quy tắc cảnh báo sớm", "Cơ quan, địa phương", "Người dùng", "Sao lưu dữ liệu", "Thư điện tử", "Khóa truy cập API", "Người ký văn bản")));
    }

    @ParameterizedTest(name = "{0} sees {1}")
    @MethodSource("menuPerRole")
    void navigation_shows_only_what_the_role_may_open(Role role, List<String> expectedItems) {
        signInAs(role);
        navigate("", Component.class);
        assertThat(menuLabels()).containsExactlyElementsOf(expectedItems);
    }

    private List<String> menuLabels() {
        return find(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
    }

    /**
     * Agency roles sign in with a real principal bound to an agency, as they always are in the portal; a head of the
     * secretariat holds the secretariat's role too, as the portal requires.
     */
    private void signInAs(Role role) {
        Long agencyId = role.agencyBound() ? testTasks.agencyId("ha-noi") : null;
        PortalUser principal = new PortalUser(0, "test-" + role.name().toLowerCase(), "", true, "Người thử", agencyId,
                role == Role.SECRETARIAT_HEAD ? EnumSet.of(role, Role.SECRETARIAT) : EnumSet.of(role));
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                principal, null, principal.getAuthorities()));
    }
}
