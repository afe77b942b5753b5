package vn.gov.cchc.portal.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.options.RequestOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.support.BrowserJourney;
import vn.gov.cchc.portal.support.IntegrationTest;
import vn.gov.cchc.portal.support.PortalPage;
import vn.gov.cchc.portal.support.TestTasks;

/** Uploads are bounded on the server, whatever the browser is made to send, and a refused file is shown as failed. */
@IntegrationTest
class UploadLimitJourneyTest extends BrowserJourney {

    @Autowired
    TestTasks testTasks;

    @Autowired
    JdbcTemplate jdbc;

    private BrowserContext context;
    private PortalPage officer;
    private long task;

    @BeforeEach
    void openTheReportForm() {
        LocalDate today = LocalDate.now(PortalTime.ZONE);
        task = testTasks.assignTo("ha-noi", "Rà soát thủ tục hành chính lĩnh vực đất đai", today.minusDays(5), today.plusDays(40));
        context = browser.newContext(1280, 900);
        officer = PortalPage.signIn(context, port, "chuyenvien.hanoi", "CaiCach-2026-CV");
        officer.open("agency/task/" + task);
        assertThat(officer.page().locator("vaadin-upload")).isVisible();
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void a_30_mb_request_sent_past_the_browser_check_is_refused_by_the_server_and_nothing_is_kept() {
        String target = officer.page().locator("vaadin-upload").getAttribute("target");
        byte[] thirtyMegabytes = new byte[30 * 1024 * 1024];
        System.arraycopy("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), 0, thirtyMegabytes, 0, 8);

        APIResponse response = context.request().post("http://localhost:" + port + "/" + target,
                RequestOptions.create().setHeader("Content-Type", "application/pdf").setHeader("X-Filename", "lon.pdf")
                        .setData(thirtyMegabytes));

        assertThat(response.status()).as("refused as unprocessable: %s", response.text()).isEqualTo(422);
        assertThat(response.text()).contains("lon.pdf", "rejected");
        assertThat(evidenceFiles()).isZero();
    }

    @Test
    void a_file_whose_content_is_not_what_its_name_says_is_marked_failed_not_done() throws Exception {
        Path fake = Files.createTempFile("bao-cao", ".pdf");
        Files.writeString(fake, "Đây không phải là tệp PDF");

        officer.page().locator("vaadin-upload input[type=file]").setInputFiles(fake);

        assertThat(officer.page().getByText("bao-cao").first()).isVisible();
        // the browser first marks the file failed in general words; the server then puts the reason on it
        officer.page().waitForCondition(() -> fileState().contains("không được chấp nhận"));
        assertThat(fileState()).as("the file in the list: failed with the reason, not done")
                .contains("không được chấp nhận").contains("\"complete\":false");
        assertThat(evidenceFiles()).isZero();
    }

    private String fileState() {
        return String.valueOf(officer.page().locator("vaadin-upload")
                .evaluate("upload => JSON.stringify(upload.files.map(f => ({error: f.error, complete: f.complete})))"));
    }

    private int evidenceFiles() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM task_evidence WHERE task_id = ?", Integer.class, task);
    }
}
