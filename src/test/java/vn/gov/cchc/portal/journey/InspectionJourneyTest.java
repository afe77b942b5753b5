package vn.gov.cchc.portal.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.inspection.InspectionDraft;
import vn.gov.cchc.portal.inspection.InspectionPlanService;
import vn.gov.cchc.portal.inspection.InspectionService;
import vn.gov.cchc.portal.inspection.PlanDraft;
import vn.gov.cchc.portal.inspection.RecommendationService;
import vn.gov.cchc.portal.inspection.TeamMember;
import vn.gov.cchc.portal.security.Role;
import vn.gov.cchc.portal.security.SystemAuthentication;
import vn.gov.cchc.portal.support.BrowserJourney;
import vn.gov.cchc.portal.support.IntegrationTest;
import vn.gov.cchc.portal.support.PortalPage;
import vn.gov.cchc.portal.support.TestTasks;
import vn.gov.cchc.portal.support.TestUsers;
import vn.gov.cchc.portal.task.ReformArea;
import vn.gov.cchc.portal.user.UserSummary;

/**
 * The secretariat records the inspection of Cao Bằng (a finding, a recommendation forwarded to the Government
 * Office), issues the conclusion notice, the province sees the requirement as its task and reports on it, and the
 * Government Office answers the recommendation.
 */
@IntegrationTest
class InspectionJourneyTest extends BrowserJourney {

    private static final String REQUIREMENT = "Báo cáo kết quả khắc phục hạn chế về thủ tục hành chính nêu tại Thông báo kết luận.";

    @Autowired
    InspectionPlanService plans;

    @Autowired
    InspectionService inspections;

    @Autowired
    RecommendationService recommendations;

    @Autowired
    TestUsers testUsers;

    @Autowired
    TestTasks testTasks;

    @Test
    void an_inspection_is_recorded_concluded_and_followed_up_by_the_province_and_the_addressee() {
        LocalDate today = LocalDate.now(PortalTime.ZONE);
        long inspection = SystemAuthentication.callAsSystem(() -> {
            int year = today.getYear() + 3;
            long plan = plans.createPlan(new PlanDraft(year, "Kế hoạch kiểm tra công tác cải cách hành chính năm " + year,
                    "04/QĐ-BCĐCCHC", LocalDate.of(year, 1, 20), "Ngô Xuân Khánh"));
            long id = plans.addInspection(plan, new InspectionDraft(testTasks.agencyId("cao-bang"), 3, EnumSet.of(ReformArea.PROCEDURES),
                    "Kiểm tra việc thực hiện cơ chế một cửa, một cửa liên thông.", "Vụ Cải cách hành chính, Bộ Nội vụ"));
            inspections.saveTeam(id, 0, List.of(new TeamMember("Phạm Minh Hùng", "Vụ trưởng Vụ Cải cách hành chính", "Bộ Nội vụ", null, true)));
            recommendations.add(id, "Sửa đổi Thông tư số 01/2018/TT-VPCP về cơ chế một cửa liên thông.", testTasks.agencyId("vpcp"));
            return id;
        });
        UserSummary province = testUsers.create(Role.AGENCY_OFFICER, "cao-bang");
        UserSummary office = testUsers.create(Role.AGENCY_OFFICER, "vpcp");

        try (BrowserContext context = browser.newContext(1400, 1000)) {
            PortalPage secretariat = PortalPage.signIn(context, port, "vanphong", "CaiCach-2026-VP");
            Page page = secretariat.page();
            secretariat.open("inspection/" + inspection);
            secretariat.click("Thêm nội dung");
            secretariat.dialog().locator("vaadin-text-area textarea").fill("Đến ngày 20/11, toàn tỉnh giải quyết đúng hạn 99,22% hồ sơ.");
            secretariat.saveDialog();
            assertThat(page.getByText("toàn tỉnh giải quyết đúng hạn 99,22% hồ sơ").first()).isVisible();

            page.locator(".inspection-recommendations vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                    .setHasText("Sửa đổi Thông tư số 01/2018/TT-VPCP")).first().click();
            secretariat.click("Chuyển cơ quan có thẩm quyền");
            secretariat.fill("Văn bản chuyển", "Công văn số 88/VPBCĐ");
            secretariat.dialog().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Chuyển cơ quan có thẩm quyền")).click();
            assertThat(page.getByText("Đã chuyển, chờ trả lời").first()).isVisible();

            secretariat.click("Soạn thông báo kết luận");
            page.locator(".conclusion-editor vaadin-text-area textarea").first().fill("Tỉnh cần duy trì tỷ lệ hồ sơ đúng hạn trên 99%.");
            secretariat.click("Thêm yêu cầu");
            page.locator(".conclusion-editor vaadin-text-area textarea").nth(1).fill(REQUIREMENT);
            // leave the field, so that its value is sent before the save
            page.locator(".conclusion-editor vaadin-text-area textarea").nth(1).press("Tab");
            page.locator(".conclusion-editor").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Lưu")
                    .setExact(true)).click();
            // the draft line shows from the moment the draft exists: wait for the save itself before closing the browser
            assertThat(page.getByText("Đã lưu dự thảo thông báo kết luận.").first()).isVisible();
            assertThat(page.getByText("Dự thảo do vanphong biên soạn").first()).isVisible();
        }

        // the head of the secretariat approves the officer's draft and issues it, signed by a signer of the register
        try (BrowserContext context = browser.newContext(1400, 1000)) {
            PortalPage head = PortalPage.signIn(context, port, "lanhdaovp", "CaiCach-2026-LV");
            Page page = head.page();
            head.open("inspection/" + inspection);
            head.click("Phê duyệt");
            assertThat(page.getByText("đã được lanhdaovp phê duyệt").first()).isVisible();
            head.click("Ban hành thông báo");
            head.fill("Số thông báo", "31/TB-ĐKT");
            head.dialog().locator("vaadin-combo-box input").fill("Hồ Thị");
            page.getByRole(AriaRole.OPTION).filter(new Locator.FilterOptions().setHasText("Hồ Thị Lan")).first().click();
            head.dialog().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Ban hành thông báo")).click();
            // issuing signs the notice's PDF: on a busy machine the page can take a while to show the requirement's task
            assertThat(head.dialog()).isHidden(new LocatorAssertions.IsHiddenOptions().setTimeout(60_000));
            assertThat(page.getByText("Số 31/TB-ĐKT").first()).isVisible();
            try {
                assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nhiệm vụ #")))
                        .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
            } catch (AssertionError missing) {
                throw new AssertionError("no task link; the conclusion reads: "
                        + page.locator(".conclusion-version").allInnerTexts(), missing);
            }
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Path.of("target/screenshots/inspection-concluded.png")));
        }

        try (BrowserContext context = browser.newContext(1280, 900)) {
            PortalPage officer = PortalPage.signIn(context, port, province.username(), TestUsers.PASSWORD);
            officer.open("inspections/mine");
            assertThat(officer.page().getByText("Vụ Cải cách hành chính, Bộ Nội vụ").first()).isVisible();
            officer.open("agency/tasks");
            officer.page().getByLabel("Tìm kiếm").fill("khac phuc han che ve thu tuc hanh chinh");
            officer.page().getByText(REQUIREMENT).first().click();
            assertThat(officer.page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                    .setName("Yêu cầu số 1 tại Thông báo kết luận kiểm tra số 31/TB-ĐKT"))).isVisible();
            officer.page().getByLabel("Tỷ lệ hoàn thành").fill("50");
            officer.page().getByLabel("Nội dung báo cáo").fill("Đã rà soát, chuẩn hóa quy trình nội bộ của 120 thủ tục hành chính.");
            officer.click("Gửi báo cáo");
            assertThat(officer.page().getByText("Đã gửi: 50%").first()).isVisible();
        }

        try (BrowserContext context = browser.newContext(1280, 900)) {
            PortalPage addressee = PortalPage.signIn(context, port, office.username(), TestUsers.PASSWORD);
            Page page = addressee.page();
            addressee.open("agency/recommendations");
            page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("Thông tư số 01/2018/TT-VPCP"))
                    .first().click();
            addressee.click("Trả lời kiến nghị");
            addressee.dialog().locator("vaadin-text-area textarea").fill("Văn phòng Chính phủ đưa việc sửa đổi Thông tư vào Chương trình năm sau.");
            addressee.fill("Văn bản trả lời", "Công văn số 402/VPCP-KSTT");
            addressee.dialog().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Trả lời kiến nghị")).click();
            assertThat(page.getByText("Đã trả lời: Văn phòng Chính phủ đưa việc sửa đổi Thông tư").first()).isVisible();
        }
    }
}
