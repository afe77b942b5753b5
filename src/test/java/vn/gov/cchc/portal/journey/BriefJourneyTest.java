package vn.gov.cchc.portal.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.cchc.portal.brief.BriefDetails;
import vn.gov.cchc.portal.brief.BriefService;
import vn.gov.cchc.portal.security.Role;
import vn.gov.cchc.portal.session.SessionFilter;
import vn.gov.cchc.portal.session.SessionService;
import vn.gov.cchc.portal.support.BrowserJourney;
import vn.gov.cchc.portal.support.IntegrationTest;
import vn.gov.cchc.portal.support.PortalPage;
import vn.gov.cchc.portal.support.TestDocuments;
import vn.gov.cchc.portal.support.TestUsers;
import vn.gov.cchc.portal.user.UserSummary;

/**
 * Briefs in a real browser: a head of the secretariat approves and issues the draft an officer wrote, choosing the
 * signer from the register; a committee member downloads the signed PDF, which pdfsig verifies.
 */
@IntegrationTest
class BriefJourneyTest extends BrowserJourney {

    @Autowired
    BriefService briefs;

    @Autowired
    SessionService sessions;

    @Autowired
    TestUsers testUsers;

    @Test
    void committee_member_opens_the_issued_brief_of_the_fifth_session_and_reads_its_figures_in_the_pdf() throws Exception {
        try (BrowserContext context = browser.newContext(1280, 900)) {
            PortalPage member = PortalPage.signIn(context, port, "uyvien", "CaiCach-2026-UV");
            member.open("briefs");
            member.page().getByText("86/BC-VPBCĐ").click();
            assertThat(member.page().getByText("Theo số liệu của Văn phòng Chính phủ").first()).isVisible();
            member.page().screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(Path.of("target/screenshots/brief-86.png")));
            Download download = member.page().waitForDownload(() -> member.page().getByText("Tải về PDF").click());

            byte[] pdf = Files.readAllBytes(download.path());
            assertThat(download.suggestedFilename()).isEqualTo("bao-cao-tom-tat-phien-5.pdf");
            assertThat(text(pdf)).contains("Số: 86/BC-VPBCĐ", "Hà Nội, ngày 14 tháng 7 năm 2023", "296/845", "35,03%",
                    "1.384/3.003", "46,09%", "Tỉnh Quảng Ninh", "76,66%", "Đỗ Quang Thịnh", "98,01%", "66,48%");
            assertThat(TestDocuments.pdfsig(pdf)).contains("Signature is Valid.", "Total document signed");
        }
    }

    @Test
    void a_head_approves_and_issues_the_officers_draft_and_a_committee_member_reads_the_signed_pdf() throws Exception {
        UserSummary officer = testUsers.create(Role.SECRETARIAT, null);
        UserSummary head = testUsers.createHead();
        long fifth = testUsers.callAs(officer, () -> sessions.list(SessionFilter.all()).stream().filter(s -> s.number() == 5)
                .findFirst().orElseThrow().id());
        BriefDetails draft = testUsers.callAs(officer, () -> briefs.compile(fifth, 5));

        try (BrowserContext context = browser.newContext(1400, 1000)) {
            PortalPage secretariat = PortalPage.signIn(context, port, head.username(), TestUsers.PASSWORD);
            secretariat.open("brief/" + draft.summary().id());
            Page page = secretariat.page();
            assertThat(page.getByText("Dự thảo do " + officer.username() + " biên soạn")).isVisible();
            secretariat.click("Phê duyệt");
            assertThat(page.getByText("Đã phê duyệt báo cáo.")).isVisible();
            secretariat.click("Ban hành");
            secretariat.fill("Số, ký hiệu", "52/BC-VPBCĐ");
            Locator signer = secretariat.dialog().locator("vaadin-combo-box");
            signer.locator("input").fill("Đỗ Quang");
            page.getByRole(AriaRole.OPTION).filter(new Locator.FilterOptions().setHasText("Đỗ Quang Thịnh")).first().click();
            secretariat.dialog().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Ban hành")).click();
            assertThat(page.getByText("Đã ban hành báo cáo").first()).isVisible();
        }

        try (BrowserContext context = browser.newContext(1280, 900)) {
            PortalPage member = PortalPage.signIn(context, port, "uyvien", "CaiCach-2026-UV");
            member.open("briefs");
            member.page().getByText("52/BC-VPBCĐ").click();
            Download download = member.page().waitForDownload(() -> member.page().getByText("Tải về PDF").click());
            byte[] pdf = Files.readAllBytes(download.path());
            assertThat(text(pdf)).contains("Số: 52/BC-VPBCĐ", "CHÁNH VĂN PHÒNG", "Đỗ Quang Thịnh");
            assertThat(TestDocuments.pdfsig(pdf)).contains("Signature is Valid.", "Total document signed");
        }
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
