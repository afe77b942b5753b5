package vn.gov.cchc.portal.search.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.support.BrowserJourney;
import vn.gov.cchc.portal.support.IntegrationTest;
import vn.gov.cchc.portal.support.PortalPage;
import vn.gov.cchc.portal.support.TestTasks;

/**
 * "dak lak" typed in the header's box: the secretariat finds Đắk Lắk's task with the words marked and opens it; a
 * Cao Bằng officer typing the same finds none of Đắk Lắk's tasks.
 */
@IntegrationTest
class SearchJourneyTest extends BrowserJourney {

    private static final String TITLE = "Triển khai thí điểm bộ phận một cửa phi địa giới hành chính tại tỉnh Đắk Lắk";

    @Autowired
    TestTasks testTasks;

    @Test
    void the_secretariat_finds_dak_lak_and_a_cao_bang_officer_does_not() {
        LocalDate today = LocalDate.now(PortalTime.ZONE);
        long task = testTasks.assignTo("dak-lak-2025", TITLE, today.minusDays(3), today.plusDays(45));

        try (BrowserContext context = browser.newContext(1400, 1000)) {
            PortalPage secretariat = PortalPage.signIn(context, port, "vanphong", "CaiCach-2026-VP");
            Page page = secretariat.page();
            page.locator(".search-box input").fill("dak lak mot cua");
            page.locator(".search-box input").press("Enter");
            assertThat(page.locator(".search-group[data-kind=TASK] .search-hit-title").filter(new Locator
                    .FilterOptions().setHasText(TITLE))).hasCount(1);
            assertThat(page.locator(".search-group[data-kind=TASK] .search-match").first()).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Path.of("target/screenshots/search-secretariat.png")));
            page.locator(".search-hit-title").filter(new Locator.FilterOptions().setHasText(TITLE)).click();
            page.waitForURL("**/task/" + task);
        }
        try (BrowserContext context = browser.newContext(1400, 1000)) {
            PortalPage officer = PortalPage.signIn(context, port, "chuyenvien.caobang", "CaiCach-2026-DV");
            Page page = officer.page();
            officer.open("search?q=dak%20lak%20mot%20cua");
            assertThat(page.locator(".search-results")).isVisible();
            assertThat(page.locator(".search-group[data-kind=TASK]")).hasCount(0);
            assertThat(page.getByText(TITLE)).hasCount(0);
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Path.of("target/screenshots/search-officer.png")));
        }
    }
}
