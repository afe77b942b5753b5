package vn.gov.cchc.portal.support;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;

/** A signed-in page of the portal in a real browser, with the few gestures the journeys need. */
public final class PortalPage {

    private final Page page;
    private final String baseUrl;

    private PortalPage(Page page, String baseUrl) {
        this.page = page;
        this.baseUrl = baseUrl;
    }

    public static PortalPage signIn(BrowserContext context, int port, String username, String password) {
        Page page = context.newPage();
        page.setDefaultTimeout(30_000);
        PortalPage portal = new PortalPage(page, "http://localhost:" + port);
        page.navigate(portal.baseUrl + "/login");
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Tên đăng nhập")).fill(username);
        page.locator("input[name='password']").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).click();
        page.getByText("Xin chào").waitFor();
        return portal;
    }

    public Page page() {
        return page;
    }

    public void open(String path) {
        page.navigate(baseUrl + "/" + path);
    }

    public void click(String buttonText) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(buttonText).setExact(true)).first().click();
    }

    public void tab(String name) {
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName(name)).click();
    }

    public Locator dialog() {
        return page.getByRole(AriaRole.DIALOG);
    }

    /** Fills a field of the open dialog by its label. */
    public void fill(String label, String value) {
        dialog().getByLabel(label, new Locator.GetByLabelOptions().setExact(true)).fill(value);
    }

    public void saveDialog() {
        dialog().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Lưu")).click();
        dialog().waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));
    }
}
