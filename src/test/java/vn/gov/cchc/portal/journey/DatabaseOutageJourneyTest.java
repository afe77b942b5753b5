package vn.gov.cchc.portal.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.support.BrowserJourney;
import vn.gov.cchc.portal.support.EmbeddedDatabaseProcess;
import vn.gov.cchc.portal.support.IntegrationTest;
import vn.gov.cchc.portal.support.PortalPage;
import vn.gov.cchc.portal.support.TestTasks;

/**
 * The database hangs while an officer saves a report: the portal says so in Vietnamese, keeps what was typed, and
 * saves it on the next click once the database is back, without a restart. The real embedded MariaDB is frozen
 * with SIGSTOP (as a hung server or a stalled disk behaves) and thawed with SIGCONT.
 */
@IntegrationTest
class DatabaseOutageJourneyTest extends BrowserJourney {

    private static final String NARRATIVE = "Đã rà soát 42/57 thủ tục; đang hoàn thiện dự thảo phương án đơn giản hóa.";

    @Autowired
    TestTasks testTasks;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_frozen_database_gives_a_clear_message_keeps_the_form_and_the_next_save_works_once_it_is_back() {
        LocalDate today = LocalDate.now(PortalTime.ZONE);
        long task = testTasks.assignTo("ha-noi", "Rà soát, đơn giản hóa thủ tục hành chính nội bộ", today.minusDays(3), today.plusDays(60));
        EmbeddedDatabaseProcess database = EmbeddedDatabaseProcess.ofThisJvm();
        try (BrowserContext context = browser.newContext(1280, 900)) {
            PortalPage officer = PortalPage.signIn(context, port, "chuyenvien.hanoi", "CaiCach-2026-CV");
            officer.open("agency/task/" + task);
            officer.page().getByLabel("Tỷ lệ hoàn thành").fill("70");
            Locator narrative = officer.page().getByLabel("Nội dung báo cáo");
            narrative.fill(NARRATIVE);

            database.freeze();
            try {
                officer.click("Lưu nháp");
                // bounded, not timed: before this was handled, the click hung for 30-40 s and then showed a stack trace
                assertThat(officer.page().getByText("Không kết nối được cơ sở dữ liệu").first())
                        .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(10_000));
                assertThat(narrative).hasValue(NARRATIVE);
                assertThat(officer.page().getByText("Exception")).hasCount(0);
            } finally {
                database.thaw();
            }

            officer.click("Lưu nháp");
            assertThat(officer.page().getByText("Đã lưu bản nháp").first())
                    .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(10_000));
        }
        assertThat(jdbc.queryForObject("SELECT narrative FROM task_report WHERE task_id = ?", String.class, task))
                .isEqualTo(NARRATIVE);
    }
}
