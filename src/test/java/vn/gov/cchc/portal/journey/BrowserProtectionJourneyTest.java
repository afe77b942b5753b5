package vn.gov.cchc.portal.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.SameSiteAttribute;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.gov.cchc.portal.support.BrowserJourney;
import vn.gov.cchc.portal.support.IntegrationTest;
import vn.gov.cchc.portal.support.PortalPage;

/**
 * What the browser is told to protect the user with, and the portal's own pages for addresses that lead nowhere,
 * in a real browser.
 */
@IntegrationTest
class BrowserProtectionJourneyTest extends BrowserJourney {

    @Autowired
    JdbcTemplate jdbc;

    private BrowserContext context;
    private final List<String> consoleErrors = new CopyOnWriteArrayList<>();

    @BeforeEach
    void openContext() {
        context = browser.newContext(1280, 800);
        context.onPage(page -> page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                consoleErrors.add(message.text());
            }
        }));
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    @Test
    void every_page_carries_the_browser_protections_and_the_portal_works_under_its_content_policy() {
        Page page = context.newPage();
        Response signInPage = page.navigate("http://localhost:" + port + "/login");
        assertThat(signInPage.headers())
                .containsEntry("x-content-type-options", "nosniff")
                .containsEntry("referrer-policy", "same-origin")
                .containsEntry("x-frame-options", "SAMEORIGIN")
                .containsKey("content-security-policy");
        assertThat(signInPage.headers().get("content-security-policy"))
                .contains("default-src 'self'", "frame-ancestors 'self'", "object-src 'none'");
        assertThat(page).hasTitle(Pattern.compile("Đăng nhập"));

        PortalPage portal = PortalPage.signIn(context, port, "vanphong", "CaiCach-2026-VP");
        Cookie session = context.cookies().stream().filter(cookie -> cookie.name.equals("JSESSIONID")).findFirst().orElseThrow();
        assertThat(session.sameSite).isEqualTo(SameSiteAttribute.LAX);
        assertThat(session.httpOnly).isTrue();

        // the figures draw their bars as data: images, the task grid and a task page load their data over XHR
        portal.open("dashboard");
        assertThat(portal.page().locator("img.stacked-bars").first()).isVisible();
        portal.open("tasks");
        assertThat(portal.page().locator("vaadin-grid")).isVisible();
        portal.open("task/" + jdbc.queryForObject("SELECT MIN(id) FROM task WHERE plan_year = 2023", Long.class));
        assertThat(portal.page().getByText("Diễn biến thực hiện").first()).isVisible();

        assertThat(consoleErrors).as("no errors in the browser console (a refused script or style is one)")
                .noneMatch(text -> text.contains("Content Security Policy") || text.contains("Refused to"));
    }

    @Test
    void a_mistyped_refused_or_malformed_address_shows_the_portals_own_page_with_a_way_home() {
        PortalPage portal = PortalPage.signIn(context, port, "chuyenvien.hanoi", "CaiCach-2026-CV");
        Page page = portal.page();
        for (String address : List.of("khong-co-trang-nay", "admin/users", "tasks", "agency/task/abc", "agency/task/999999999")) {
            portal.open(address);
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Không tìm thấy trang")))
                    .isVisible();
            assertThat(page).hasTitle(Pattern.compile("Không tìm thấy trang"));
            String text = page.locator("body").innerText();
            assertThat(text).as(address + ": nothing about other pages, nothing for developers")
                    .doesNotContain("admin/", "Could not navigate", "Available routes", "Exception");
        }
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Về trang chủ")).click();
        assertThat(page.getByText("Xin chào")).isVisible();
    }
}
