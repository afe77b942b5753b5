package vn.gov.cchc.portal.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.gov.cchc.portal.support.BrowserJourney;
import vn.gov.cchc.portal.support.IntegrationTest;
import vn.gov.cchc.portal.support.PlanFiles;
import vn.gov.cchc.portal.support.PortalPage;
import vn.gov.cchc.portal.task.PlanColumn;

/**
 * The secretariat uploads the year's plan, reads the preview's problems (row, column, what is wrong), fixes the
 * file, uploads it again, imports it and finds the tasks in the task list.
 */
@IntegrationTest
class PlanImportJourneyTest extends BrowserJourney {

    private static final String TITLE = "Chuẩn hóa quy trình tiếp nhận hồ sơ trực tuyến tại bộ phận một cửa năm 2026";

    @Test
    void a_plan_with_mistakes_is_fixed_uploaded_again_imported_and_found_in_the_task_list() throws Exception {
        try (BrowserContext context = browser.newContext(1600, 1000)) {
            PortalPage secretariat = PortalPage.signIn(context, port, "vanphong", "CaiCach-2026-VP");
            secretariat.open("tasks");
            Page page = secretariat.page();
            secretariat.click("Nhập kế hoạch từ Excel");
            page.waitForURL("**/tasks/import");

            upload(page, plan("Tỉnh Quảng Ninhh", "31/13/2026"));

            page.getByText("Lỗi cần sửa").waitFor();
            String problems = page.locator("vaadin-grid.plan-problems").innerText() + page.locator(".plan-problems vaadin-grid-cell-content").allInnerTexts();
            assertThat(problems).contains("Không tìm thấy cơ quan \"Tỉnh Quảng Ninhh\". Có phải: Tỉnh Quảng Ninh")
                    .contains("\"31/13/2026\" không phải là ngày").contains("Cơ quan chủ trì").contains("Thời hạn hoàn thành");
            assertThat(page.getByText("Tệp còn lỗi nên chưa thể nhập").isVisible()).isTrue();

            upload(page, plan("UBND tỉnh Quảng Ninh", "31/12/2026"));

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nhập 2 nhiệm vụ")).click();
            page.waitForURL("**/tasks");
            page.getByLabel("Tìm kiếm").fill("chuan hoa quy trinh tiep nhan ho so truc tuyen");
            page.getByText(TITLE).first().waitFor();
            assertThat(page.locator("vaadin-grid-cell-content").allInnerTexts()).contains(TITLE, "Tỉnh Quảng Ninh", "31/12/2026");
        }
    }

    @Test
    void a_plan_written_the_usual_way_previews_with_its_sections_and_periods_read() throws Exception {
        try (BrowserContext context = browser.newContext(1400, 1000)) {
            PortalPage secretariat = PortalPage.signIn(context, port, "vanphong", "CaiCach-2026-VP");
            secretariat.open("tasks/import");
            Page page = secretariat.page();
            Path file = Files.createTempDirectory("ke-hoach").resolve("ke-hoach-2024-nhu-van-ban.xlsx");
            try (InputStream in = getClass().getResourceAsStream("/plans/ke-hoach-2024-nhu-van-ban.xlsx")) {
                Files.write(file, in.readAllBytes());
            }

            upload(page, file);

            page.getByText("Quý IV/2024 → 31/12/2024").first().waitFor();
            assertThat(page.locator(".plan-lines vaadin-grid-cell-content").allInnerTexts()).contains("Cải cách thể chế",
                    "Cải cách thủ tục hành chính", "6 tháng đầu năm → 30/06/2024", "Thường xuyên", "Tất cả các tỉnh");
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Path.of("target/screenshots/plan-as-written.png")));
            // confirming is the first journey's part; this one leaves the shared database as it was
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nhập 5 nhiệm vụ")).isVisible()).isTrue();
        }
    }

    private static void upload(Page page, Path file) {
        page.locator("vaadin-upload input[type=file]").setInputFiles(file);
    }

    /** The plan as the secretariat typed it: two tasks, the first with the lead agency and deadline given. */
    private static Path plan(String lead, String deadline) throws Exception {
        PlanFiles plan = new PlanFiles()
                .task(TITLE, "Cải cách thủ tục hành chính", lead).set(PlanColumn.DEADLINE, deadline)
                .task("Đánh giá chỉ số hài lòng về sự phục vụ hành chính năm 2026", "Công tác chỉ đạo, điều hành", "Bộ Nội vụ")
                .set(PlanColumn.DEADLINE, LocalDate.of(2026, 11, 30));
        Path file = Files.createTempDirectory("ke-hoach").resolve("ke-hoach-2026.xlsx");
        Files.write(file, plan.bytes());
        return file;
    }
}
