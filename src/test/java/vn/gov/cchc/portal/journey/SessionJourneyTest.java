package vn.gov.cchc.portal.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.gov.cchc.portal.support.BrowserJourney;
import vn.gov.cchc.portal.support.IntegrationTest;
import vn.gov.cchc.portal.support.PortalPage;

/** The secretariat prepares a session in a real browser; a committee member then reads it. */
@IntegrationTest
class SessionJourneyTest extends BrowserJourney {

    private static final String TITLE = "Phiên họp chuyên đề về chuyển đổi số trong giải quyết thủ tục hành chính";

    @Test
    void secretariat_creates_a_session_with_agenda_and_conclusion_and_a_committee_member_reads_it() {
        try (BrowserContext secretariatContext = browser.newContext(1280, 900)) {
            PortalPage secretariat = PortalPage.signIn(secretariatContext, port, "vanphong", "CaiCach-2026-VP");
            secretariat.open("sessions");
            secretariat.click("Tạo phiên họp");
            secretariat.fill("Số phiên", "9");
            secretariat.fill("Tiêu đề", TITLE);
            Locator dateTime = secretariat.dialog().locator("vaadin-date-time-picker input");
            dateTime.nth(0).fill("15/12/2026");
            dateTime.nth(0).press("Enter");
            dateTime.nth(1).fill("08:30");
            dateTime.nth(1).press("Enter");
            secretariat.saveDialog();
            assertThat(secretariat.page().getByText("Phiên họp thứ 9: " + TITLE)).isVisible();

            secretariat.tab("Chương trình");
            addAgendaItem(secretariat, "Báo cáo tình hình số hóa hồ sơ thủ tục hành chính");
            addAgendaItem(secretariat, "Thảo luận của các bộ, ngành, địa phương");

            secretariat.tab("Kết luận");
            secretariat.click("Thêm đoạn kết luận");
            secretariat.fill("Nội dung kết luận", "Các bộ, ngành hoàn thành số hóa hồ sơ trong năm 2027.");
            secretariat.saveDialog();
            assertThat(secretariat.page().getByText("Các bộ, ngành hoàn thành số hóa hồ sơ trong năm 2027.")).isVisible();
        }

        try (BrowserContext memberContext = browser.newContext(1280, 900)) {
            PortalPage member = PortalPage.signIn(memberContext, port, "uyvien", "CaiCach-2026-UV");
            member.open("sessions");
            member.page().getByText(TITLE).click();
            member.tab("Chương trình");
            assertThat(member.page().getByText("Báo cáo tình hình số hóa hồ sơ thủ tục hành chính")).isVisible();
            assertThat(member.page().getByText("Thảo luận của các bộ, ngành, địa phương")).isVisible();
            member.tab("Kết luận");
            assertThat(member.page().getByText("Các bộ, ngành hoàn thành số hóa hồ sơ trong năm 2027.")).isVisible();
            assertThat(member.page().getByText("Thêm đoạn kết luận")).hasCount(0);
            member.page().screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/session-member.png")));
        }
    }

    private static void addAgendaItem(PortalPage page, String title) {
        page.click("Thêm nội dung");
        page.fill("Nội dung", title);
        page.saveDialog();
        assertThat(page.page().getByText(title)).isVisible();
    }
}
