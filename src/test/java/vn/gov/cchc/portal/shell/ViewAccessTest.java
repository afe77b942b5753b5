package vn.gov.cchc.portal.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.grid.Grid;
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
import vn.gov.cchc.portal.support.PortalRoutes;
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

    static Stream<Arguments> everyRoleOnEveryRoute() {
        return PortalRoutes.all().flatMap(route -> Stream.of(Role.values())
                .map(role -> Arguments.of(role, route.location(), route.view(), route.allows(role))));
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
        return PortalRoutes.resolve(location, jdbc);
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
        return DrawerMenuLabels.of(find(Html.class).all());
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
