package vn.gov.cchc.portal.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import vn.gov.cchc.portal.support.BrowserJourney;
import vn.gov.cchc.portal.support.IntegrationTest;
import vn.gov.cchc.portal.support.PortalPage;

/**
 * The drawer's menu, drawn as one element (ADR 0022), works as Vaadin's side navigation does: the secretariat opens
 * the task list from it without reloading the page, the list's item is marked as the current page, and Back returns
 * home with the home item marked again.
 */
@IntegrationTest
class MenuJourneyTest extends BrowserJourney {

    @Test
    void the_secretariat_opens_the_task_list_from_the_menu_and_the_menu_marks_where_it_is() {
        try (BrowserContext context = browser.newContext(1280, 900)) {
            Page page = PortalPage.signIn(context, port, "vanphong", "CaiCach-2026-VP").page();
            Locator home = page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("Trang chủ"));
            Locator tasks = page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("Nhiệm vụ"))
                    .first();
            assertThat(home).hasAttribute("current", "");
            page.evaluate("window.__samePage = true");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nhiệm vụ").setExact(true)).first().click();
            page.waitForURL(url -> url.endsWith("/tasks"));
            assertThat(page.locator("vaadin-grid")).isVisible();
            assertThat(tasks).hasAttribute("current", "");
            assertThat(home).not().hasAttribute("current", "");
            assertThat(page.locator("vaadin-icon[slot='prefix']").first()).isAttached();
            // a navigation inside the page, not a new page load
            Assertions.assertThat(page.evaluate("window.__samePage === true")).isEqualTo(true);

            page.goBack();
            assertThat(home).hasAttribute("current", "");
        }
    }
}
