package vn.gov.cchc.portal.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.gov.cchc.portal.support.BrowserJourney;
import vn.gov.cchc.portal.support.IntegrationTest;

/** A real browser against the running portal. */
@IntegrationTest
class SignInJourneyTest extends BrowserJourney {

    private BrowserContext context;
    private Page page;

    @BeforeEach
    void openPage() {
        context = browser.newContext(1280, 800);
        page = context.newPage();
        page.setDefaultTimeout(30_000);
    }

    @AfterEach
    void closePage() {
        context.close();
    }

    @Test
    void secretariat_signs_in_and_sees_the_home_view() {
        signIn("vanphong", "CaiCach-2026-VP");

        assertThat(page.getByText("Xin chào, Trần Thị Thu Hà")).isVisible();
        assertThat(page.getByText("Đề xuất hoàn thành chờ xác nhận").first()).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/home-secretariat.png")));
    }

    @Test
    void a_wrong_password_shows_a_clear_vietnamese_message() {
        signIn("uyvien", "Mat-Khau-Sai-Hoan-Toan");

        assertThat(page.getByText("Sai tên đăng nhập hoặc mật khẩu")).isVisible();
        assertThat(page.getByText("Xin chào")).not().isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/login-error.png")));
    }

    private void signIn(String username, String password) {
        page.navigate("http://localhost:" + port + "/login");
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Tên đăng nhập")).fill(username);
        page.locator("input[name='password']").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).click();
    }
}
