package vn.gov.cchc.portal.notification.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSender;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.mail.internal.OutboxSender;
import vn.gov.cchc.portal.security.SystemAuthentication;
import vn.gov.cchc.portal.support.BrowserJourney;
import vn.gov.cchc.portal.support.IntegrationTest;
import vn.gov.cchc.portal.support.Outboxes;
import vn.gov.cchc.portal.support.PortalPage;
import vn.gov.cchc.portal.support.TestClock;
import vn.gov.cchc.portal.support.TestTasks;

/**
 * On the embedded default, the administrator reads in the portal's outbox the digest a province leader received
 * for an overdue task: the morning's run reminded the province, the digest went through the outbox to the embedded
 * mail server, and the administrator opens it as the leader saw it.
 */
@IntegrationTest
class DigestJourneyTest extends BrowserJourney {

    private static final String TITLE = "Báo cáo kết quả thực hiện cơ chế một cửa liên thông năm nay của tỉnh Điện Biên";

    @Autowired
    DeadlineReminders reminders;

    @Autowired
    DailyDigest digest;

    @Autowired
    OutboxSender sender;

    @Autowired
    JavaMailSender mailServer;

    @Autowired
    TestTasks testTasks;

    @Autowired
    TestClock clock;

    @Test
    void the_administrator_reads_the_digest_a_province_leader_received_for_an_overdue_task() {
        // tomorrow's run: a digest goes out once a day per person, and other tests may have sent today's already
        LocalDate tomorrow = LocalDate.now(PortalTime.ZONE).plusDays(1);
        // eleven days overdue then: past the seven after which the province's leaders are reminded too
        testTasks.assignTo("dien-bien", TITLE, tomorrow.minusDays(31), tomorrow.minusDays(11));
        clock.stopped(() -> {
            clock.advance(Duration.ofDays(1));
            SystemAuthentication.runAsSystem(() -> {
                reminders.remind(tomorrow);
                digest.send(tomorrow);
                // every demo account of a province with an overdue task has its digest that day: send them all
                Outboxes.drain(sender, mailServer);
            });
            return null;
        });

        try (BrowserContext context = browser.newContext(1400, 1000)) {
            PortalPage admin = PortalPage.signIn(context, port, "quantri", "CaiCach-2026-QT");
            Page page = admin.page();
            admin.open("admin/outbox");
            page.getByLabel("Người nhận").fill("lanhdao.dienbien");
            assertThat(page.locator(".outbox-grid vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                    .setHasText("lanhdao.dienbien@thu-nghiem.cchc.gov.vn")).first()).isVisible();
            Locator caught = page.locator(".caught-grid vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                    .setHasText("lanhdao.dienbien@thu-nghiem.cchc.gov.vn")).first();
            assertThat(caught).isVisible();
            caught.click();
            assertThat(admin.dialog().getByText("Đã quá hạn: " + TITLE)).isVisible();
            assertThat(admin.dialog().getByText("/agency/task/").first()).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Path.of("target/screenshots/outbox-digest.png")));
        }
    }
}
