package vn.gov.cchc.portal.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.cchc.portal.brief.BriefDetails;
import vn.gov.cchc.portal.brief.BriefService;
import vn.gov.cchc.portal.brief.BriefStatus;
import vn.gov.cchc.portal.brief.BriefSummary;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.indicator.AgencyReport;
import vn.gov.cchc.portal.indicator.AgencyReportService;
import vn.gov.cchc.portal.indicator.IndicatorLevel;
import vn.gov.cchc.portal.indicator.PeriodKind;
import vn.gov.cchc.portal.indicator.ReportedValue;
import vn.gov.cchc.portal.indicator.ReportingRoundService;
import vn.gov.cchc.portal.indicator.RoundDraft;
import vn.gov.cchc.portal.security.Role;
import vn.gov.cchc.portal.security.SystemAuthentication;
import vn.gov.cchc.portal.support.BrowserJourney;
import vn.gov.cchc.portal.support.IntegrationTest;
import vn.gov.cchc.portal.support.PortalPage;
import vn.gov.cchc.portal.support.TestDocuments;
import vn.gov.cchc.portal.support.TestTasks;
import vn.gov.cchc.portal.support.TestUsers;
import vn.gov.cchc.portal.user.UserSummary;

/**
 * A province's officer fills the round, its leader submits, the secretariat sees the disagreement and returns the
 * report, the province corrects and resubmits, the secretariat accepts, and a committee member reads the figure on
 * the indicators page and in the brief.
 */
@IntegrationTest
class IndicatorRoundJourneyTest extends BrowserJourney {

    private static final String ROUND = "Báo cáo số liệu giải quyết hồ sơ năm 2022 của Tỉnh Cao Bằng";

    @Autowired
    ReportingRoundService rounds;

    @Autowired
    BriefService briefs;

    @Autowired
    AgencyReportService agencyReports;

    @Autowired
    TestDocuments testDocuments;

    @Autowired
    TestUsers testUsers;

    @Autowired
    TestTasks testTasks;

    @Test
    void a_returned_report_is_corrected_accepted_and_read_by_the_committee() {
        long round = SystemAuthentication.callAsSystem(() -> rounds.open(new RoundDraft(ROUND, PeriodKind.YEAR, 2022, 1,
                LocalDate.of(2022, 11, 22), LocalDate.of(2022, 12, 5), List.of("HS_RESOLVED", "HS_ON_TIME", "RATE_ON_TIME"),
                List.of(testTasks.agencyId("cao-bang"), testTasks.agencyId("lang-son")))));
        acceptedFromLangSon(round);
        UserSummary officer = testUsers.create(Role.AGENCY_OFFICER, "cao-bang");
        UserSummary leader = testUsers.create(Role.AGENCY_LEADER, "cao-bang");
        String form = "agency/indicators/report/" + round;

        try (BrowserContext context = browser.newContext(1400, 1000)) {
            Page page = PortalPage.signIn(context, port, officer.username(), TestUsers.PASSWORD).page();
            page.navigate(page.url().replaceAll("/[^/]*$", "/") + form);
            fill(page, "185969", "184517", "99,92");
            click(page, "Lưu nháp");
            assertThat(page.getByText("Đã lưu số liệu.")).isVisible();
        }
        submitAs(leader, form);

        try (BrowserContext context = browser.newContext(1400, 1000)) {
            PortalPage secretariat = PortalPage.signIn(context, port, "vanphong", "CaiCach-2026-VP");
            secretariat.open("indicators/round/" + round);
            Page page = secretariat.page();
            page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("Tỉnh Cao Bằng")).first().click();
            assertThat(page.getByText("Tỷ lệ báo cáo 99,92 khác tỷ lệ tính từ số liệu 99,22").first()).isVisible();
            page.locator("vaadin-text-area textarea").fill("Tỷ lệ 99,92% không khớp với 184.517/185.969 hồ sơ; đề nghị kiểm tra lại.");
            click(page, "Trả lại");
            assertThat(page.getByText("Đã trả lại báo cáo cho cơ quan.")).isVisible();
        }

        try (BrowserContext context = browser.newContext(1400, 1000)) {
            Page page = PortalPage.signIn(context, port, officer.username(), TestUsers.PASSWORD).page();
            page.navigate(page.url().replaceAll("/[^/]*$", "/") + form);
            assertThat(page.getByText("Văn phòng Ban Chỉ đạo trả lại: Tỷ lệ 99,92%")).isVisible();
            fields(page).nth(8).locator("input").fill("99,22");
            click(page, "Lưu nháp");
            assertThat(page.getByText("Đã lưu số liệu.")).isVisible();
        }
        submitAs(leader, form);

        try (BrowserContext context = browser.newContext(1400, 1000)) {
            PortalPage secretariat = PortalPage.signIn(context, port, "vanphong", "CaiCach-2026-VP");
            secretariat.open("indicators/round/" + round);
            Page page = secretariat.page();
            page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("Tỉnh Cao Bằng")).first().click();
            assertThat(page.getByText("Số liệu khớp nhau; không có điểm cần lưu ý.")).isVisible();
            click(page, "Chấp nhận");
            assertThat(page.getByText("Đã chấp nhận báo cáo.")).isVisible();
        }

        try (BrowserContext context = browser.newContext(1400, 1000)) {
            PortalPage member = PortalPage.signIn(context, port, "uyvien", "CaiCach-2026-UV");
            member.open("indicators");
            Page page = member.page();
            Locator period = page.locator("vaadin-combo-box").first();
            period.locator("input").fill(ROUND);
            page.getByRole(AriaRole.OPTION).filter(new Locator.FilterOptions().setHasText(ROUND))
                    .first().click();
            // figures that exist only in this round: the provinces' sum of Cao Bằng's and Lạng Sơn's reports
            assertThat(page.getByText("198.314 (2/2)").first()).isVisible();
            assertThat(page.getByText("99,09 (2/2)").first()).isVisible();

            long brief = issueNewBriefOfTheThirdSession();
            member.open("brief/" + brief);
            assertThat(page.getByText("- Tỷ lệ hồ sơ giải quyết trước và đúng hạn: 99,09% (theo báo cáo của 2/2 cơ quan, địa phương).")
                    .first()).isVisible();
        }
    }

    /**
     * The secretariat brings the 3rd session's brief (reviewing 2022) up to date and issues it again: its "I. Tình hình
     * chung" now states the accepted figures of the latest 2022 round.
     */
    private long issueNewBriefOfTheThirdSession() {
        return SystemAuthentication.callAsSystem(() -> {
            BriefSummary issued = briefs.list().stream()
                    .filter(brief -> "09/BC-VPBCĐ".equals(brief.docNumber()) && brief.status() == BriefStatus.ISSUED).findFirst().orElseThrow();
            BriefDetails draft = briefs.supersede(issued.id());
            return testDocuments.approveAndIssue(draft.summary().id(), "11/BC-VPBCĐ",
                    LocalDate.now(PortalTime.ZONE)).summary().id();
        });
    }

    /** Lạng Sơn's report, already accepted (invented figures, found in no source and in no other round). */
    private void acceptedFromLangSon(long round) {
        UserSummary leader = testUsers.create(Role.AGENCY_LEADER, "lang-son");
        AgencyReport draft = testUsers.callAs(leader, () -> agencyReports.save(round, 0, List.of(
                new ReportedValue("HS_RESOLVED", IndicatorLevel.TOTAL, new BigDecimal("12345")),
                new ReportedValue("HS_ON_TIME", IndicatorLevel.TOTAL, new BigDecimal("12000")))));
        AgencyReport sent = testUsers.callAs(leader, () -> agencyReports.submit(round, draft.version()));
        SystemAuthentication.runAsSystem(() -> rounds.accept(sent.id(), sent.version(), null));
    }

    private void submitAs(UserSummary leader, String form) {
        try (BrowserContext context = browser.newContext(1400, 1000)) {
            Page page = PortalPage.signIn(context, port, leader.username(), TestUsers.PASSWORD).page();
            page.navigate(page.url().replaceAll("/[^/]*$", "/") + form);
            click(page, "Gửi báo cáo");
            assertThat(page.getByText("Đã gửi báo cáo số liệu tới Văn phòng Ban Chỉ đạo.")).isVisible();
        }
    }

    /** The officer types the totals: dossiers resolved, on time, and the on-time rate (each with its levels between). */
    private static void fill(Page page, String resolved, String onTime, String rate) {
        fields(page).nth(0).locator("input").fill(resolved);
        fields(page).nth(4).locator("input").fill(onTime);
        fields(page).nth(8).locator("input").fill(rate);
    }

    private static Locator fields(Page page) {
        return page.locator("vaadin-big-decimal-field");
    }

    private static void click(Page page, String text) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(text).setExact(true))
                .first().click();
    }
}
