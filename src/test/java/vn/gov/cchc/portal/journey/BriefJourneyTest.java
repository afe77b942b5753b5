package vn.gov.cchc.portal.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import java.nio.file.Files;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.cchc.portal.brief.BriefService;
import vn.gov.cchc.portal.session.SessionService;
import vn.gov.cchc.portal.support.BrowserJourney;
import vn.gov.cchc.portal.support.IntegrationTest;
import vn.gov.cchc.portal.support.PortalPage;

/** A committee member downloads the PDF of an issued brief in a real browser. */
@IntegrationTest
class BriefJourneyTest extends BrowserJourney {

    @Autowired
    BriefService briefs;

    @Autowired
    SessionService sessions;

    @Test
    void committee_member_opens_the_issued_brief_of_the_fifth_session_and_reads_its_figures_in_the_pdf() throws Exception {
        try (BrowserContext context = browser.newContext(1280, 900)) {
            PortalPage member = PortalPage.signIn(context, port, "uyvien", "CaiCach-2026-UV");
            member.open("briefs");
            member.page().getByText("86/BC-VPBCĐ").click();
            Download download = member.page().waitForDownload(() -> member.page().getByText("Tải về PDF").click());

            byte[] pdf = Files.readAllBytes(download.path());
            assertThat(download.suggestedFilename()).isEqualTo("bao-cao-tom-tat-phien-5.pdf");
            try (PDDocument document = Loader.loadPDF(pdf)) {
                String text = new PDFTextStripper().getText(document);
                assertThat(text).contains("Số: 86/BC-VPBCĐ", "Hà Nội, ngày 14 tháng 7 năm 2023", "296/845", "35,03%",
                        "1.384/3.003", "46,09%", "Tỉnh Quảng Ninh", "76,66%", "Phạm Minh Hùng");
            }
        }
    }
}
