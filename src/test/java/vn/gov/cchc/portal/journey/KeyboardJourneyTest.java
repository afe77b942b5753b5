package vn.gov.cchc.portal.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.FileChooser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.security.Role;
import vn.gov.cchc.portal.support.Accessibility;
import vn.gov.cchc.portal.support.BrowserJourney;
import vn.gov.cchc.portal.support.IntegrationTest;
import vn.gov.cchc.portal.support.Keyboard;
import vn.gov.cchc.portal.support.SampleFiles;
import vn.gov.cchc.portal.support.TestTasks;
import vn.gov.cchc.portal.support.TestUsers;
import vn.gov.cchc.portal.user.UserSummary;

/**
 * With the keyboard alone: a province officer signs in, finds a task, reports 80 % with a file and sends it; the
 * province's leader proposes the task done in a dialog that keeps the focus inside it and gives it back when closed;
 * the secretariat confirms. Every stop of the focus can be seen.
 */
@IntegrationTest
class KeyboardJourneyTest extends BrowserJourney {

    private static final String TITLE = "Chuẩn hóa quy trình tiếp nhận hồ sơ trực tuyến (bàn phím)";
    /** The upload's button, as a screen reader names it. */
    private static final String UPLOAD = "Chọn các tệp";

    @Autowired
    TestTasks testTasks;
    @Autowired
    TestUsers testUsers;

    @Test
    void an_officer_reports_the_leader_proposes_and_the_secretariat_confirms_with_the_keyboard_alone() throws Exception {
        LocalDate today = LocalDate.now(PortalTime.ZONE);
        long task = testTasks.assignTo("ha-noi", TITLE, today.minusDays(20), today.plusDays(40));
        UserSummary officer = testUsers.create(Role.AGENCY_OFFICER, "ha-noi");
        UserSummary leader = testUsers.create(Role.AGENCY_LEADER, "ha-noi");
        UserSummary secretariat = testUsers.create(Role.SECRETARIAT, null);
        Path pdf = Files.createTempFile("bao-cao-ban-phim", ".pdf");
        Files.write(pdf, SampleFiles.pdf());

        try (BrowserContext context = browser.newContext(1280, 900)) {
            Page page = context.newPage();
            Keyboard keys = signIn(page, officer);
            keys.tabTo("Nhiệm vụ của cơ quan");
            keys.press("Enter");
            page.waitForURL("**/agency/tasks");
            Accessibility.waitUntilIdle(page);
            keys.tabTo("Tìm kiếm");
            keys.type("chuan hoa quy trinh tiep nhan ho so truc tuyen (ban phim)");
            assertThat(page.locator("vaadin-grid a:visible")).hasCount(1);
            Accessibility.waitUntilIdle(page);
            // the list is a grid: Tab reaches its header, then its row; Enter steps into the row's card, whose title
            // is a link, and Enter follows it
            keys.tabTo("Báo cáo tiến độ từ Excel");
            keys.press("Tab");
            keys.press("Tab");
            keys.press("Enter");
            assertThat(keys.focused().name()).isEqualTo(TITLE);
            keys.press("Enter");
            page.waitForURL("**/agency/task/" + task);
            Accessibility.waitUntilIdle(page);

            keys.tabTo("Tỷ lệ hoàn thành");
            keys.type("80");
            keys.tabTo("Nội dung báo cáo");
            keys.type("Đã chuẩn hóa 80% quy trình tiếp nhận hồ sơ trực tuyến.");
            keys.tabTo(UPLOAD);
            Accessibility.waitUntilIdle(page);
            FileChooser chooser = chooseFile(page, keys);
            chooser.setFiles(pdf);
            assertThat(page.getByText(pdf.getFileName().toString()).first()).isVisible();
            keys.tabTo("Gửi báo cáo");
            keys.press("Enter");
            assertThat(page.getByText("Đã gửi: 80%").first()).isVisible();
            assertThat(keys.stops()).as("every stop of the focus can be seen").allMatch(Keyboard.Stop::focusVisible);
        }

        try (BrowserContext context = browser.newContext(1280, 900)) {
            Page page = context.newPage();
            Keyboard keys = signIn(page, leader);
            page.navigate("http://localhost:" + port + "/agency/task/" + task);
            Accessibility.waitUntilIdle(page);
            keys.tabTo("Đề xuất hoàn thành");
            Accessibility.waitUntilIdle(page);
            keys.press("Enter");
            assertThat(page.locator("vaadin-dialog-overlay[opened]")).isVisible();
            Accessibility.waitUntilIdle(page);
            assertThat(keys.focused().inDialog()).as("the dialog takes the focus").isTrue();
            for (int i = 0; i < 12; i++) {
                keys.press("Tab");
                assertThat(keys.focused().inDialog()).as("the focus stays in the dialog, stop %d: %s", i, keys.focused()).isTrue();
            }
            keys.press("Escape");
            Accessibility.waitUntilIdle(page);
            assertThat(keys.focused().name()).as("the focus goes back to the button that opened it").isEqualTo("Đề xuất hoàn thành");

            keys.press("Enter");
            Accessibility.waitUntilIdle(page);
            keys.tabTo("Sản phẩm đã hoàn thành");
            keys.type("Quy trình tiếp nhận hồ sơ trực tuyến đã ban hành, Quyết định số 52/QĐ-UBND");
            keys.tabTo("Đề xuất hoàn thành");
            keys.press("Enter");
            assertThat(page.getByText("Chờ xác nhận").first()).isVisible();
            assertThat(keys.stops()).allMatch(Keyboard.Stop::focusVisible);
        }

        try (BrowserContext context = browser.newContext(1280, 900)) {
            Page page = context.newPage();
            Keyboard keys = signIn(page, secretariat);
            page.navigate("http://localhost:" + port + "/task/" + task);
            Accessibility.waitUntilIdle(page);
            keys.tabTo("Xác nhận hoàn thành");
            keys.press("Enter");
            assertThat(page.getByText("Đã hoàn thành đúng hạn").first()).isVisible();
            assertThat(keys.stops()).allMatch(Keyboard.Stop::focusVisible);
        }
    }

    /**
     * Opens the file chooser from the focused upload button with the keyboard: Space, as a button is pressed (Enter
     * also works in a browser; either may be taken before the button is ready, so the other is tried once).
     */
    /**
     * Space on the focused upload button opens the file chooser. On a loaded machine the first key may come before
     * the button is ready, so it tries again (Enter, then Space), back on the button if the focus moved meanwhile.
     */
    private static FileChooser chooseFile(Page page, Keyboard keys) {
        TimeoutError notYet = null;
        for (String key : List.of(" ", "Enter", " ")) {
            if (!keys.focused().name().startsWith(UPLOAD)) {
                keys.shiftTabTo(UPLOAD);
            }
            try {
                return page.waitForFileChooser(new Page.WaitForFileChooserOptions().setTimeout(10_000),
                        () -> keys.press(key));
            } catch (TimeoutError timedOut) {
                notYet = timedOut;
                Accessibility.waitUntilIdle(page);
            }
        }
        throw notYet;
    }

    /** Signs in by typing: the name, Tab, the password, Enter. */
    private Keyboard signIn(Page page, UserSummary user) {
        page.navigate("http://localhost:" + port + "/login");
        Accessibility.waitUntilIdle(page);
        Keyboard keys = new Keyboard(page);
        keys.tabTo("Tên đăng nhập");
        keys.type(user.username());
        keys.tabTo("Mật khẩu");
        keys.type(TestUsers.PASSWORD);
        keys.press("Enter");
        assertThat(page.getByText("Xin chào").first()).isVisible();
        Accessibility.waitUntilIdle(page);
        return new Keyboard(page);
    }
}
