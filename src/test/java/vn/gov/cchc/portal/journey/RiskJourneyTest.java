package vn.gov.cchc.portal.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.security.Role;
import vn.gov.cchc.portal.security.SystemAuthentication;
import vn.gov.cchc.portal.support.BrowserJourney;
import vn.gov.cchc.portal.support.IntegrationTest;
import vn.gov.cchc.portal.support.PortalPage;
import vn.gov.cchc.portal.support.TestTasks;
import vn.gov.cchc.portal.support.TestUsers;
import vn.gov.cchc.portal.task.TaskEventType;
import vn.gov.cchc.portal.task.TaskHistoryService;
import vn.gov.cchc.portal.user.UserSummary;

/**
 * The secretariat sees which agencies have tasks at risk of being late, opens one agency's, reads why a task is at
 * risk, sends the agency a reminder, and finds it in the task's history.
 */
@IntegrationTest
class RiskJourneyTest extends BrowserJourney {

    private static final String TITLE = "Chuẩn hóa quy trình tiếp nhận hồ sơ trực tuyến (chưa báo cáo)";

    @Autowired
    TestTasks testTasks;
    @Autowired
    TaskHistoryService history;
    @Autowired
    TestUsers users;

    @Test
    void the_secretariat_reads_why_a_task_is_at_risk_and_reminds_its_agency() {
        LocalDate today = LocalDate.now(PortalTime.ZONE);
        long task = testTasks.assignTo("tuyen-quang-2025", TITLE, today.minusDays(42), today.plusDays(58));

        try (BrowserContext context = browser.newContext(1400, 1000)) {
            PortalPage secretariat = PortalPage.signIn(context, port, "vanphong", "CaiCach-2026-VP");
            PlaywrightAssertions.assertThat(secretariat.page().getByText("Cơ quan có nhiều nhiệm vụ có nguy cơ chậm nhất")).isVisible();
            secretariat.open("warnings");
            Page page = secretariat.page();
            PlaywrightAssertions.assertThat(page.getByText("Nhiệm vụ có nguy cơ chậm").first()).isVisible();
            Locator row = page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("Tỉnh Tuyên Quang"));
            PlaywrightAssertions.assertThat(row.first()).isVisible();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Tỉnh Tuyên Quang · ")))
                    .click();

            Locator reason = page.getByText("Đã qua 42% thời gian, chưa có báo cáo tiến độ");
            PlaywrightAssertions.assertThat(reason.first()).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Path.of("target/screenshots/tasks-at-risk.png")));
            Locator taskRow = page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(TITLE));
            PlaywrightAssertions.assertThat(taskRow.first()).isVisible();

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nhắc việc: " + TITLE)).click();
            PlaywrightAssertions.assertThat(page.getByText("Đã nhắc việc cơ quan Tỉnh Tuyên Quang.")).isVisible();

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(TITLE)).click();
            PlaywrightAssertions.assertThat(page.getByText("Có nguy cơ chậm: Đã qua 42% thời gian").first()).isVisible();
        }
        assertThat(SystemAuthentication.callAsSystem(() -> history.history(task)))
                .anyMatch(entry -> entry.type() == TaskEventType.REMINDER_SENT && entry.actor().equals("vanphong"));

        // the agency's officer finds its tasks at risk on the home page, the nearest deadlines first, each with why
        UserSummary officer = users.create(Role.AGENCY_OFFICER, "tuyen-quang-2025");
        try (BrowserContext context = browser.newContext(1400, 1000)) {
            Page page = PortalPage.signIn(context, port, officer.username(), TestUsers.PASSWORD).page();
            Locator atRisk = page.locator(".home-at-risk");
            PlaywrightAssertions.assertThat(atRisk.getByText("Nhiệm vụ có nguy cơ chậm")).isVisible();
            assertThat(atRisk.locator("li").count()).isBetween(1, 5);
            PlaywrightAssertions.assertThat(atRisk.locator("li").first()).containsText("Hạn ");
        }
    }
}
