package vn.gov.cchc.portal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.cchc.portal.brief.BriefDetails;
import vn.gov.cchc.portal.brief.BriefService;
import vn.gov.cchc.portal.brief.Narratives;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.inspection.Conclusion;
import vn.gov.cchc.portal.inspection.ConclusionNoticeService;
import vn.gov.cchc.portal.inspection.InspectionDocument;
import vn.gov.cchc.portal.inspection.InspectionDraft;
import vn.gov.cchc.portal.inspection.InspectionPlanService;
import vn.gov.cchc.portal.inspection.InspectionService;
import vn.gov.cchc.portal.inspection.PlanDraft;
import vn.gov.cchc.portal.inspection.RecommendationService;
import vn.gov.cchc.portal.inspection.Requirement;
import vn.gov.cchc.portal.inspection.TeamMember;
import vn.gov.cchc.portal.security.Role;
import vn.gov.cchc.portal.session.SessionDocument;
import vn.gov.cchc.portal.session.SessionDocumentService;
import vn.gov.cchc.portal.support.IntegrationTest;
import vn.gov.cchc.portal.support.SampleFiles;
import vn.gov.cchc.portal.support.TestDocuments;
import vn.gov.cchc.portal.support.TestSessions;
import vn.gov.cchc.portal.support.TestTasks;
import vn.gov.cchc.portal.support.TestUsers;
import vn.gov.cchc.portal.task.Evidence;
import vn.gov.cchc.portal.task.ProgressReport;
import vn.gov.cchc.portal.task.ProgressReportService;
import vn.gov.cchc.portal.task.ReformArea;
import vn.gov.cchc.portal.user.UserSummary;

/**
 * Beyond tasks and sessions: briefs, inspections with their recommendations, indicators, and the text inside
 * uploaded documents and evidence — each findable the moment it is saved, and only by those who may read it.
 */
@IntegrationTest
class SearchAcrossThePortalTest {

    /** Today, taken when each test starts (not when the class loads: a run may cross midnight). */
    private final LocalDate today = LocalDate.now(PortalTime.ZONE);

    @Autowired
    SearchService search;

    @Autowired
    TestUsers testUsers;

    @Autowired
    TestTasks testTasks;

    @Autowired
    TestSessions testSessions;

    @Autowired
    BriefService briefs;

    @Autowired
    TestDocuments testDocuments;

    @Autowired
    SessionDocumentService sessionDocuments;

    @Autowired
    InspectionPlanService plans;

    @Autowired
    InspectionService inspections;

    @Autowired
    RecommendationService recommendations;

    @Autowired
    ConclusionNoticeService conclusions;

    @Autowired
    ProgressReportService progressReports;

    @Test
    void a_draft_brief_is_found_by_the_secretariat_only_and_by_everyone_once_issued() {
        UserSummary secretary = testUsers.create(Role.SECRETARIAT, null);
        UserSummary member = testUsers.create(Role.COMMITTEE_MEMBER, null);
        long session = testSessions.create().id();
        BriefDetails draft = testUsers.callAs(secretary, () -> briefs.compile(session, 3));
        BriefDetails written = testUsers.callAs(secretary, () -> briefs.saveNarratives(draft.summary().id(), draft.summary().version(),
                new Narratives("Các bộ, ngành đã đẩy nhanh việc cắt giảm giấy phép con trong lĩnh vực Phước Long.", null, null)));

        assertThat(found(secretary, "giay phep con phuoc long", SearchKind.BRIEF)).containsExactly(draft.summary().id());
        assertThat(found(member, "giay phep con phuoc long", SearchKind.BRIEF)).as("a draft is the secretariat's").isEmpty();
        UserSummary head = testUsers.createHead();
        testUsers.runAs(head, () -> briefs.approve(written.summary().id(), written.summary().version()));
        assertThat(found(member, "giay phep con phuoc long", SearchKind.BRIEF)).as("approved is not yet issued").isEmpty();

        testDocuments.approveAndIssue(written.summary().id(), "118/BC-VPBCĐ", today);
        assertThat(found(member, "giay phep con phuoc long", SearchKind.BRIEF)).containsExactly(draft.summary().id());
        assertThat(found(member, "118 bc vpbcd", SearchKind.BRIEF)).containsExactly(draft.summary().id());
    }

    @Test
    void an_inspection_is_found_by_its_team_and_the_secretariat_and_by_the_province_once_concluded() {
        UserSummary secretary = testUsers.create(Role.SECRETARIAT, null);
        UserSummary teamMember = testUsers.create(Role.AGENCY_OFFICER, "bnv");
        UserSummary province = testUsers.create(Role.AGENCY_LEADER, "lai-chau");
        UserSummary addressee = testUsers.create(Role.AGENCY_OFFICER, "btp");
        UserSummary elsewhere = testUsers.create(Role.AGENCY_OFFICER, "son-la");
        long laiChau = testTasks.agencyId("lai-chau");
        int year = 2013;
        long plan = testUsers.callAs(secretary, () -> plans.createPlan(new PlanDraft(year, "Kế hoạch kiểm tra năm " + year,
                "9/QĐ-BCĐCCHC", LocalDate.of(year, 2, 20), "Phạm Thị Thanh Trà")));
        long id = testUsers.callAs(secretary, () -> plans.addInspection(plan, new InspectionDraft(laiChau, 9,
                EnumSet.of(ReformArea.PROCEDURES), "Kiểm tra việc số hóa hồ sơ tại Bộ phận Một cửa huyện Mường Tè",
                "Vụ Cải cách hành chính, Bộ Nội vụ")));
        long version = testUsers.callAs(secretary, () -> inspections.details(id)).summary().version();
        testUsers.runAs(secretary, () -> inspections.saveTeam(id, version, List.of(
                new TeamMember("Nguyễn Văn Hải", "Chuyên viên chính", "Bộ Nội vụ", teamMember.username(), true))));
        InspectionDocument report = testUsers.callAs(teamMember, () -> inspections.attach(id, SampleFiles.incoming(
                "bao-cao-tu-kiem-tra.docx", SampleFiles.docx("Huyện Mường Tè đã tiếp nhận 12.408 hồ sơ qua Pa Vệ Sử"))));
        long recommendation = testUsers.callAs(teamMember, () -> recommendations.add(id,
                "Hướng dẫn thống nhất việc chứng thực bản sao điện tử tại cấp xã vùng Pa Vệ Sử.", testTasks.agencyId("btp")));

        assertThat(found(secretary, "muong te so hoa", SearchKind.INSPECTION)).containsExactly(id);
        assertThat(found(teamMember, "muong te so hoa", SearchKind.INSPECTION)).containsExactly(id);
        assertThat(found(teamMember, "pa ve su", SearchKind.INSPECTION_DOCUMENT)).containsExactly(report.id());
        assertThat(all(province, "muong te")).as("not before its conclusion").isZero();
        assertThat(all(province, "pa ve su")).isZero();
        assertThat(found(addressee, "chung thuc ban sao", SearchKind.RECOMMENDATION)).as("not yet forwarded").isEmpty();

        testUsers.runAs(secretary, () -> recommendations.forward(recommendation, 0, "Công văn số 88/VPBCĐ", LocalDate.of(year, 10, 2),
                LocalDate.of(year, 11, 30)));
        assertThat(found(addressee, "chung thuc ban sao", SearchKind.RECOMMENDATION)).containsExactly(recommendation);
        assertThat(found(addressee, "muong te so hoa", SearchKind.INSPECTION)).as("the addressee reads its recommendation only")
                .isEmpty();

        Conclusion draft = testUsers.callAs(teamMember, () -> conclusions.draft(id));
        Conclusion saved = testUsers.callAs(teamMember, () -> conclusions.save(draft.id(), draft.version(),
                "Tỉnh cần hoàn thành số hóa kết quả giải quyết thủ tục hành chính còn hiệu lực.",
                List.of(new Requirement("Báo cáo kết quả số hóa hồ sơ của huyện Mường Tè.", 30, null))));
        testDocuments.approveAndIssueNotice(saved.id(), saved.version(), "31/TB-ĐKT", LocalDate.of(year, 10, 15));

        assertThat(found(province, "muong te so hoa", SearchKind.INSPECTION)).containsExactly(id);
        assertThat(found(province, "pa ve su", SearchKind.INSPECTION_DOCUMENT)).containsExactly(report.id());
        assertThat(found(province, "31 tb dkt", SearchKind.INSPECTION)).as("by its issued conclusion").containsExactly(id);
        assertThat(all(elsewhere, "muong te")).isZero();
    }

    @Test
    void an_indicator_is_found_by_its_name_without_tone_marks() {
        UserSummary officer = testUsers.create(Role.AGENCY_OFFICER, "ha-noi");
        assertThat(testUsers.callAs(officer, () -> search.search("ho so truc tuyen")).groups()).extracting(SearchGroup::kind)
                .contains(SearchKind.INDICATOR);
    }

    @Test
    void the_text_inside_a_session_document_is_found_the_moment_it_is_uploaded_and_forgotten_when_it_is_removed() {
        UserSummary secretary = testUsers.create(Role.SECRETARIAT, null);
        UserSummary officer = testUsers.create(Role.AGENCY_OFFICER, "quang-tri-2025");
        long session = testSessions.create().id();
        SessionDocument plan = testUsers.callAs(secretary, () -> sessionDocuments.upload(session, SampleFiles.incoming(
                "ke-hoach-trien-khai.docx", SampleFiles.docx("Kế hoạch triển khai liên thông thủ tục khai sinh tại Hướng Hóa"))));
        SessionDocument sheet = testUsers.callAs(secretary, () -> sessionDocuments.upload(session, SampleFiles.incoming(
                "so-lieu-bo-nganh.xlsx", SampleFiles.xlsx())));
        SessionDocument scanned = testUsers.callAs(secretary, () -> sessionDocuments.upload(session, SampleFiles.incoming(
                "bien-ban-hop-scan-Huong-Hoa.pdf", SampleFiles.pdf())));

        assertThat(found(officer, "huong hoa khai sinh", SearchKind.SESSION_DOCUMENT)).containsExactly(plan.id());
        assertThat(found(officer, "bo tu phap", SearchKind.SESSION_DOCUMENT)).as("a cell of the sheet").contains(sheet.id());
        assertThat(found(officer, "bien ban hop scan huong", SearchKind.SESSION_DOCUMENT)).as("a scan, by its name")
                .containsExactly(scanned.id());

        testUsers.runAs(secretary, () -> sessionDocuments.remove(plan.id()));
        assertThat(found(officer, "huong hoa khai sinh", SearchKind.SESSION_DOCUMENT)).isEmpty();
    }

    @Test
    void the_text_of_an_issued_brief_as_pdf_is_found_in_the_session_documents() {
        UserSummary secretary = testUsers.create(Role.SECRETARIAT, null);
        long session = testSessions.create().id();
        BriefDetails draft = testUsers.callAs(secretary, () -> briefs.compile(session, 3));
        byte[] pdf = testUsers.callAs(secretary, () -> briefs.pdf(draft.summary().id()));
        SessionDocument uploaded = testUsers.callAs(secretary, () -> sessionDocuments.upload(session,
                SampleFiles.incoming("bao-cao-tom-tat.pdf", pdf)));

        assertThat(found(secretary, "cong hoa xa hoi chu nghia viet nam", SearchKind.SESSION_DOCUMENT)).contains(uploaded.id());
    }

    @Test
    void evidence_is_the_agencys_own_until_it_is_sent_with_a_report() {
        UserSummary officer = testUsers.create(Role.AGENCY_OFFICER, "dien-bien");
        UserSummary secretary = testUsers.create(Role.SECRETARIAT, null);
        UserSummary elsewhere = testUsers.create(Role.AGENCY_OFFICER, "lao-cai-2025");
        long task = testTasks.assignTo("dien-bien", "Rà soát, đơn giản hóa thủ tục đất đai", today, today.plusDays(60));
        Evidence evidence = testUsers.callAs(officer, () -> progressReports.uploadEvidence(task, null, SampleFiles.incoming(
                "quyet-dinh-cong-bo.docx", SampleFiles.docx("Quyết định công bố danh mục thủ tục tại Mường Nhé và Nậm Pồ"))));

        assertThat(found(officer, "muong nhe nam po", SearchKind.EVIDENCE)).containsExactly(evidence.id());
        assertThat(all(secretary, "muong nhe nam po")).as("a file not yet sent").isZero();
        assertThat(all(elsewhere, "muong nhe nam po")).isZero();

        ProgressReport draft = testUsers.callAs(officer, () -> progressReports.saveDraft(task, null, 0, 60, "Đã công bố danh mục"));
        testUsers.runAs(officer, () -> progressReports.submit(task, draft.id(), draft.version()));

        assertThat(found(secretary, "muong nhe nam po", SearchKind.EVIDENCE)).containsExactly(evidence.id());
        assertThat(all(elsewhere, "muong nhe nam po")).isZero();
    }

    private long all(UserSummary user, String query) {
        return testUsers.callAs(user, () -> search.search(query)).total();
    }

    private List<Long> found(UserSummary user, String query, SearchKind kind) {
        return testUsers.callAs(user, () -> search.search(query)).groups().stream().filter(group -> group.kind() == kind)
                .flatMap(group -> group.hits().stream()).map(SearchHit::recordId).toList();
    }
}
