package vn.gov.cchc.portal.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import java.nio.file.Files;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.cchc.portal.brief.BriefDetails;
import vn.gov.cchc.portal.brief.BriefService;
import vn.gov.cchc.portal.brief.IssueRequest;
import vn.gov.cchc.portal.security.SystemAuthentication;
import vn.gov.cchc.portal.session.SessionFilter;
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
    void committee_member_downloads_the_pdf_of_an_issued_brief() throws Exception {
        long briefId = SystemAuthentication.callAsSystem(() -> {
            long fifth = sessions.list(new SessionFilter(2023, null)).stream().filter(s -> s.number() == 5).findFirst()
                    .orElseThrow().id();
            BriefDetails draft = briefs.compile(fifth, 5);
            return briefs.issue(draft.summary().id(), draft.summary().version(),
                    new IssueRequest("47/BC-VPBCĐ", LocalDate.of(2023, 7, 18), "Phạm Minh Hùng")).summary().id();
        });

        try (BrowserContext context = browser.newContext(1280, 900)) {
            PortalPage member = PortalPage.signIn(context, port, "uyvien", "CaiCach-2026-UV");
            member.open("briefs");
            member.page().getByText("47/BC-VPBCĐ").click();
            Download download = member.page().waitForDownload(() -> member.page().getByText("Tải về PDF").click());

            byte[] pdf = Files.readAllBytes(download.path());
            assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            assertThat(download.suggestedFilename()).isEqualTo("bao-cao-tom-tat-phien-5.pdf");
            assertThat(member.page().url()).endsWith("/brief/" + briefId);
        }
    }
}
