package vn.gov.cchc.portal.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.gov.cchc.portal.support.BrowserJourney;
import vn.gov.cchc.portal.support.IntegrationTest;
import vn.gov.cchc.portal.support.PortalPage;

/** A committee member reads the 5th session's figures in a real browser. */
@IntegrationTest
class DashboardJourneyTest extends BrowserJourney {

    @Test
    void committee_member_reads_the_figures_as_of_21_06_2023() {
        try (BrowserContext context = browser.newContext(1280, 1000)) {
            PortalPage member = PortalPage.signIn(context, port, "uyvien", "CaiCach-2026-UV");
            member.open("dashboard");
            member.page().getByRole(AriaRole.COMBOBOX,
                    new Page.GetByRoleOptions().setName("Theo kỳ của phiên họp")).fill("Phiên họp thứ 5 ·");
            member.page().getByText("Phiên họp thứ 5 · số liệu đến 21/06/2023").click();
            member.click("Xem số liệu");

            assertThat(member.page().getByText("35,03%").first()).isVisible();
            assertThat(member.page().getByText("46,09%").first()).isVisible();
            assertThat(member.page().getByText("Đã hoàn thành 296/845 nhiệm vụ")).isVisible();
            assertThat(member.page().getByText("Đã hoàn thành 1.384/3.003 nhiệm vụ")).isVisible();
            member.page().screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(Path.of("target/screenshots/dashboard-2023-06-21.png")));
        }
    }
}
