package vn.gov.cchc.portal.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import vn.gov.cchc.portal.agency.AgencyService;
import vn.gov.cchc.portal.security.Roles;
import vn.gov.cchc.portal.support.BrowserJourney;
import vn.gov.cchc.portal.support.IntegrationTest;
import vn.gov.cchc.portal.support.PortalPage;
import vn.gov.cchc.portal.task.Counts;
import vn.gov.cchc.portal.task.DeadlineBasis;
import vn.gov.cchc.portal.task.FigureQuery;
import vn.gov.cchc.portal.task.TaskScope;
import vn.gov.cchc.portal.task.TaskStatisticsService;

/**
 * A province's plan for next year, from its file to its figures, in a real browser: Quảng Ninh's officer uploads
 * the plan as it is written (sections, its departments in charge, periods; {@code plans/ke-hoach-2027-tinh-nhu-van-ban.xlsx}),
 * reads the preview and saves the draft; the leader submits it; the secretariat reads it row by row and receives
 * it; the province's planned tasks for 2027 are then the plan's six.
 */
@IntegrationTest
@WithMockUser(roles = Roles.COMMITTEE_MEMBER)
class AgencyPlanJourneyTest extends BrowserJourney {

    private static final String PASSWORD = "CaiCach-2026-DV";

    @Autowired
    TaskStatisticsService statistics;
    @Autowired
    AgencyService agencies;

    @Test
    void a_province_plans_its_year_the_leader_submits_and_the_secretariat_receives_it() throws Exception {
        long quangNinh = agencies.findByCode("quang-ninh").orElseThrow().id();
        assertThat(planned2027(quangNinh)).isZero();
        try (BrowserContext context = browser.newContext(1500, 1000)) {
            PortalPage officer = PortalPage.signIn(context, port, "chuyenvien.quangninh", PASSWORD);
            officer.open("agency/plans");
            Page page = officer.page();
            page.getByText("Hạn gửi kế hoạch năm 2027").waitFor();
            page.locator("vaadin-upload input[type=file]").setInputFiles(resource("ke-hoach-2027-tinh-nhu-van-ban.xlsx"));

            page.getByText("Quý I/2027 → 31/03/2027").first().waitFor();
            assertThat(page.locator(".plan-lines vaadin-grid-cell-content").allInnerTexts()).contains("Tỉnh Quảng Ninh (Sở Nội vụ)",
                    "Công tác chỉ đạo, điều hành", "Thường xuyên", "6 tháng đầu năm → 30/06/2027", "Năm 2027 → 31/12/2027");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu bản nháp (6 nhiệm vụ)")).click();
            page.locator(".agency-plan-documents").getByText("Bản nháp").waitFor();
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi Văn phòng")).count())
                    .as("an officer drafts; the leader submits").isZero();
        }
        try (BrowserContext context = browser.newContext(1500, 1000)) {
            PortalPage leader = PortalPage.signIn(context, port, "lanhdao.quangninh", PASSWORD);
            leader.open("agency/plans");
            Page page = leader.page();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi Văn phòng")).click();
            page.locator(".agency-plan-documents").getByText("Đã gửi, chờ tiếp nhận").waitFor();
        }
        try (BrowserContext context = browser.newContext(1500, 1000)) {
            PortalPage secretariat = PortalPage.signIn(context, port, "vanphong", "CaiCach-2026-VP");
            secretariat.open("plans?year=2027");
            Page page = secretariat.page();
            page.locator(".plan-desk").getByText("Tỉnh Quảng Ninh").first().waitFor();
            // the only plan of 2027 waiting for the secretariat
            Locator review = page.locator("vaadin-button:visible").filter(new Locator.FilterOptions()
                    .setHasText("Xem, tiếp nhận Kế hoạch"));
            PlaywrightAssertions.assertThat(review).hasCount(1);
            review.click();
            Locator dialog = secretariat.dialog();
            dialog.getByText("268/KH-UBND ngày 27/11/2026").first().waitFor();
            assertThat(dialog.locator("vaadin-grid-cell-content").allInnerTexts()).contains("Quý IV/2027 → 31/12/2027");
            dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Tiếp nhận (6 nhiệm vụ)")).click();
            page.getByText("Đã tiếp nhận kế hoạch của Tỉnh Quảng Ninh: 6 nhiệm vụ").waitFor();
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Path.of("target/screenshots/plans-2027.png")));
        }
        assertThat(planned2027(quangNinh)).isEqualTo(6);
    }

    private long planned2027(long agencyId) {
        return statistics.counts(new FigureQuery(LocalDate.of(2027, 6, 30), LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31),
                DeadlineBasis.EXTENDED, TaskScope.PLANS)).byAgency().getOrDefault(agencyId, Counts.ZERO).planned();
    }

    private Path resource(String name) throws Exception {
        Path file = Files.createTempDirectory("ke-hoach").resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/plans/" + name)) {
            Files.write(file, in.readAllBytes());
        }
        return file;
    }
}
