package vn.gov.cchc.portal.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.gov.cchc.portal.support.BrowserJourney;
import vn.gov.cchc.portal.support.IntegrationTest;
import vn.gov.cchc.portal.support.PortalPage;

/**
 * Each role signs in, finds its work queue on the home page and follows its first line to the work: a task to
 * confirm, a task of the agency, the latest brief, the accounts to look at.
 */
@IntegrationTest
class HomeQueueJourneyTest extends BrowserJourney {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            vanphong         | CaiCach-2026-VP | .home-secretariat .queue-item     | /task/
            lanhdao.hanoi    | CaiCach-2026-LD | .home-agency .queue-item          | /agency/task/
            chuyenvien.hanoi | CaiCach-2026-CV | .home-agency .queue-item          | /agency/task/
            uyvien           | CaiCach-2026-UV | .home-committee a[href^='brief/'] | /brief/
            quantri          | CaiCach-2026-QT | .home-admin a                     | /admin/users
            """)
    void each_role_follows_the_first_line_of_its_home_queue_to_the_work(String user, String password, String firstLine,
            String landsOn) {
        try (BrowserContext context = browser.newContext(1280, 900)) {
            PortalPage portal = PortalPage.signIn(context, port, user, password);
            Locator first = portal.page().locator(firstLine).first();
            assertThat(first).isVisible();
            portal.page().screenshot(new Page.ScreenshotOptions()
                    .setPath(Path.of("target/screenshots/home-" + user + ".png")).setFullPage(true));
            String title = first.textContent();
            first.click();
            portal.page().waitForURL(url -> url.contains(landsOn));
            if (landsOn.contains("task")) {
                assertThat(portal.page().getByRole(AriaRole.HEADING,
                        new Page.GetByRoleOptions().setName(title))).isVisible();
            }
        }
    }
}
