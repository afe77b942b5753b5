package vn.gov.cchc.portal.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.support.BrowserJourney;
import vn.gov.cchc.portal.support.IntegrationTest;
import vn.gov.cchc.portal.support.PortalPage;
import vn.gov.cchc.portal.support.SampleFiles;
import vn.gov.cchc.portal.support.TestTasks;

/**
 * A province officer reports 60 % with a PDF on a phone, the province leader proposes completion, the secretariat
 * confirms, and the province sees "done on time".
 */
@IntegrationTest
class AgencyJourneyTest extends BrowserJourney {

    private static final String TITLE = "Số hóa hồ sơ thủ tục hành chính cấp xã của Hà Nội";

    @Autowired
    TestTasks testTasks;

    @Test
    void province_reports_proposes_completion_and_sees_it_confirmed_on_time() throws Exception {
        LocalDate today = LocalDate.now(PortalTime.ZONE);
        long task = testTasks.assignTo("ha-noi", TITLE, today.minusDays(10), today.plusDays(30));
        Path pdf = Files.createTempFile("bao-cao-tien-do", ".pdf");
        Files.write(pdf, SampleFiles.pdf());

        try (BrowserContext phone = browser.newContext(390, 844)) {
            PortalPage officer = PortalPage.signIn(phone, port, "chuyenvien.hanoi", "CaiCach-2026-CV");
            officer.open("agency/tasks");
            officer.page().getByLabel("Tìm kiếm").fill("so hoa ho so thu tuc hanh chinh cap xa");
            assertThat(officer.page().getByText(TITLE)).isVisible();
            officer.page().getByText(TITLE).click();
            officer.page().getByLabel("Tỷ lệ hoàn thành").fill("60");
            officer.page().getByLabel("Nội dung báo cáo").fill("Đã số hóa 60% hồ sơ tại các xã, phường.");
            officer.page().locator("vaadin-upload input[type=file]").setInputFiles(pdf);
            assertThat(officer.page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(pdf.getFileName().toString())))
                    .isVisible();
            officer.click("Gửi báo cáo");
            assertThat(officer.page().getByText("Đã gửi: 60%").first()).isVisible();
            officer.page().screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(Path.of("target/screenshots/agency-report-390px.png")));
        }

        try (BrowserContext leaderContext = browser.newContext(1280, 900)) {
            PortalPage leader = PortalPage.signIn(leaderContext, port, "lanhdao.hanoi", "CaiCach-2026-LD");
            leader.open("agency/task/" + task);
            leader.click("Đề xuất hoàn thành");
            leader.fill("Sản phẩm đã hoàn thành", "Báo cáo số 215/BC-UBND");
            leader.dialog().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                    .setName("Đề xuất hoàn thành")).click();
            assertThat(leader.page().getByText("Chờ xác nhận").first()).isVisible();
        }

        try (BrowserContext secretariatContext = browser.newContext(1280, 900)) {
            PortalPage secretariat = PortalPage.signIn(secretariatContext, port, "vanphong", "CaiCach-2026-VP");
            secretariat.open("task/" + task);
            secretariat.click("Xác nhận hoàn thành");
            assertThat(secretariat.page().getByText("Đã hoàn thành đúng hạn").first()).isVisible();
        }

        try (BrowserContext provinceContext = browser.newContext(390, 844)) {
            PortalPage province = PortalPage.signIn(provinceContext, port, "lanhdao.hanoi", "CaiCach-2026-LD");
            province.open("agency/task/" + task);
            assertThat(province.page().getByText("Đã hoàn thành đúng hạn").first()).isVisible();
            province.page().screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(Path.of("target/screenshots/agency-done-390px.png")));
        }
    }
}
