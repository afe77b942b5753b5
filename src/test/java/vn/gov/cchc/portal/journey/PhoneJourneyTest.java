package vn.gov.cchc.portal.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.gov.cchc.portal.security.Role;
import vn.gov.cchc.portal.support.Accessibility;
import vn.gov.cchc.portal.support.BrowserJourney;
import vn.gov.cchc.portal.support.IntegrationTest;
import vn.gov.cchc.portal.support.PhoneChecks;
import vn.gov.cchc.portal.support.PortalPage;
import vn.gov.cchc.portal.support.PortalRoutes;
import vn.gov.cchc.portal.support.TestUsers;
import vn.gov.cchc.portal.user.UserSummary;

/**
 * Every page an agency's users and the committee's members open, on a phone 390 px wide: nothing wider than the
 * screen, every control 44 px or more, the page's primary action on the first screen.
 */
@IntegrationTest
class PhoneJourneyTest extends BrowserJourney {

    /** Each page's primary action (a button's, link's or field's name), or its heading where it only shows. */
    private static final Map<String, String> PRIMARY = Map.ofEntries(
            Map.entry("", "Xin chào"),
            Map.entry("sessions", "Phiên họp"),
            Map.entry("dashboard", "Xem số liệu"),
            Map.entry("briefs", "Báo cáo tóm tắt"),
            Map.entry("indicators", "Số liệu chỉ tiêu"),
            Map.entry("agency/tasks", "Tìm kiếm"),
            Map.entry("tasks", "Tìm kiếm"),
            Map.entry("agency/progress-import", "Chọn các tệp"),
            Map.entry("agency/plans", "Kế hoạch cải cách hành chính"),
            Map.entry("warnings", "Tính đến ngày"),
            Map.entry("agency/indicators", "Báo cáo số liệu"),
            Map.entry("indicators/indices", "Chỉ số công bố"),
            Map.entry("indicators/agency", "Cơ quan, địa phương"),
            Map.entry("inspections", "Kiểm tra cải cách hành chính"),
            Map.entry("inspections/overview", "Tổng hợp kết quả kiểm tra"),
            Map.entry("inspections/mine", "Kết quả kiểm tra"),
            Map.entry("agency/recommendations", "Kiến nghị cần trả lời"),
            Map.entry("search", "Kết quả tra cứu"),
            Map.entry("task/{hanoiTask}", "Văn bản giao"),
            Map.entry("agency/task/{hanoiOpenTask}", "Báo cáo tiến độ"),
            Map.entry("session/{fifthSession}", "Phiên họp"),
            Map.entry("brief/{fifthBrief}", "Báo cáo"),
            Map.entry("inspection/{inspection}", "Kiểm tra"),
            Map.entry("agency/indicators/report/{round}", "Lưu nháp"));

    @Autowired
    TestUsers testUsers;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void every_agency_and_committee_page_fits_a_phone_with_large_targets_and_its_primary_action_in_view() {
        List<String> problems = new ArrayList<>();
        for (Role role : List.of(Role.AGENCY_OFFICER, Role.AGENCY_LEADER, Role.COMMITTEE_MEMBER)) {
            UserSummary user = testUsers.create(role, role.agencyBound() ? "ha-noi" : null);
            try (BrowserContext phone = browser.newContext(390, 844)) {
                Page page = PortalPage.signIn(phone, port, user.username(), TestUsers.PASSWORD).page();
                for (PortalRoutes.Route route : PortalRoutes.all().filter(r -> r.allows(role)).toList()) {
                    page.navigate("http://localhost:" + port + "/" + PortalRoutes.resolve(route.location(), jdbc));
                    Accessibility.waitUntilIdle(page);
                    String where = role + " " + route.location() + ": ";
                    PhoneChecks.widerThanScreen(page).forEach(wide -> problems.add(where + "wider than the screen, " + wide));
                    PhoneChecks.smallTargets(page).forEach(small -> problems.add(where + "smaller than 44 px, " + small));
                    String primary = PRIMARY.get(route.location());
                    Locator action = page.locator("main").getByText(primary == null ? "\u0000" : primary).first();
                    if (primary == null || action.count() == 0 || !PhoneChecks.onFirstScreen(page, action)) {
                        problems.add(where + "primary action \"" + primary + "\" not on the first screen");
                    }
                    page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/phone/"
                            + role.name().toLowerCase() + "-" + route.view() + ".png")));
                }
            }
        }
        assertThat(problems).as("pages at 390 px (screenshots: target/screenshots/phone)").isEmpty();
    }

    @Test
    void on_a_wide_screen_the_header_keeps_the_language_names_and_the_users_name_on_one_line() {
        UserSummary user = testUsers.createHead();
        try (BrowserContext desktop = browser.newContext(1400, 900)) {
            Page page = PortalPage.signIn(desktop, port, user.username(), TestUsers.PASSWORD).page();
            Accessibility.waitUntilIdle(page);
            double line = ((Number) page.locator(".main-header .language-switch").evaluate(
                    "e => parseFloat(getComputedStyle(e).lineHeight) || 24")).doubleValue();

            assertThat(page.locator(".main-header .language-switch").boundingBox().height).as("Tiếng Việt | English")
                    .isLessThan(2 * line);
            assertThat(page.locator(".main-header .current-user").boundingBox().height).as("the user's name and roles")
                    .isLessThan(2 * line);
        }
    }
}
