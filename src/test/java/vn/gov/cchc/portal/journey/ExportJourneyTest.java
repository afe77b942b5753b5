package vn.gov.cchc.portal.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.gov.cchc.portal.support.BrowserJourney;
import vn.gov.cchc.portal.support.IntegrationTest;
import vn.gov.cchc.portal.support.PortalPage;

/** The secretariat narrows the task list and downloads it as a spreadsheet with as many rows as the count says. */
@IntegrationTest
class ExportJourneyTest extends BrowserJourney {

    @Test
    void the_filtered_task_list_downloads_as_a_spreadsheet_with_the_counted_rows() throws Exception {
        try (BrowserContext context = browser.newContext(1600, 900)) {
            PortalPage secretariat = PortalPage.signIn(context, port, "vanphong", "CaiCach-2026-VP");
            secretariat.open("tasks");
            Page page = secretariat.page();
            Locator count = page.locator(".task-count");
            String all = count.innerText();
            page.getByLabel("Tìm kiếm").fill("thu tuc hanh chinh");
            // the search applies once typing pauses: wait until the count changes, not for a fixed time
            PlaywrightAssertions.assertThat(count).not().hasText(all);
            String counted = count.innerText().replaceAll("[^0-9]", "");
            assertThat(Integer.parseInt(counted)).as("the search narrowed the list")
                    .isPositive().isLessThan(Integer.parseInt(all.replaceAll("[^0-9]", "")));

            Download download = page.waitForDownload(() -> page.getByRole(AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Xuất Excel")).click());

            assertThat(download.suggestedFilename()).startsWith("nhiem-vu-").endsWith(".xlsx");
            try (InputStream in = Files.newInputStream(download.path()); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
                XSSFSheet sheet = workbook.getSheetAt(0);
                assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Nội dung nhiệm vụ");
                assertThat(sheet.getLastRowNum()).isEqualTo(Integer.parseInt(counted));
                assertThat(DateUtil.isCellDateFormatted(sheet.getRow(1).getCell(12))).isTrue(); // Ngày giao
            }
        }
    }

    @Test
    void the_tasks_behind_a_figure_download_with_as_many_rows_as_the_number_says() throws Exception {
        try (BrowserContext context = browser.newContext(1600, 900)) {
            PortalPage member = PortalPage.signIn(context, port, "uyvien", "CaiCach-2026-UV");
            member.open("dashboard");
            Page page = member.page();
            page.locator("vaadin-button.figure-number").first().click();
            String title = page.getByText(Pattern.compile("· [0-9.]+ nhiệm vụ$")).first().innerText();
            String counted = title.substring(title.lastIndexOf('·') + 1).replaceAll("[^0-9]", "");
            assertThat(Integer.parseInt(counted)).isPositive();

            Download download = page.waitForDownload(() -> page.getByRole(AriaRole.DIALOG).getByRole(AriaRole.BUTTON,
                    new Locator.GetByRoleOptions().setName("Xuất Excel")).click());

            try (InputStream in = Files.newInputStream(download.path()); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
                assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(Integer.parseInt(counted));
            }
        }
    }
}
