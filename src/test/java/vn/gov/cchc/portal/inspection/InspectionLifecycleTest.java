package vn.gov.cchc.portal.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import vn.gov.cchc.portal.audit.AuditEntry;
import vn.gov.cchc.portal.common.NotFoundException;
import vn.gov.cchc.portal.common.ValidationException;
import vn.gov.cchc.portal.dashboard.DashboardRequest;
import vn.gov.cchc.portal.dashboard.DashboardService;
import vn.gov.cchc.portal.dashboard.Period;
import vn.gov.cchc.portal.security.Role;
import vn.gov.cchc.portal.support.IntegrationTest;
import vn.gov.cchc.portal.support.SampleFiles;
import vn.gov.cchc.portal.support.TestDocuments;
import vn.gov.cchc.portal.support.TestTasks;
import vn.gov.cchc.portal.support.TestUsers;
import vn.gov.cchc.portal.task.DeadlineBasis;
import vn.gov.cchc.portal.task.ReformArea;
import vn.gov.cchc.portal.task.TaskDetails;
import vn.gov.cchc.portal.task.TaskQueryService;
import vn.gov.cchc.portal.task.TaskScope;
import vn.gov.cchc.portal.user.UserSummary;

/**
 * An inspection from the plan to the requirement tasks: plan → inspection → team and visit → findings →
 * recommendations forwarded and answered → conclusion issued → a task of the inspected agency → a superseding
 * version that keeps the task; the notice read back from DOCX and PDF.
 */
@IntegrationTest
class InspectionLifecycleTest {

    private static final int YEAR = 2024;

    @Autowired
    InspectionPlanService plans;

    @Autowired
    InspectionService inspections;

    @Autowired
    RecommendationService recommendations;

    @Autowired
    ConclusionNoticeService conclusions;

    @Autowired
    TaskQueryService tasks;

    @Autowired
    DashboardService dashboard;

    @Autowired
    TestUsers testUsers;

    @Autowired
    TestTasks testTasks;

    @Autowired
    TestDocuments testDocuments;

    @Test
    void an_inspection_goes_from_the_plan_to_an_issued_conclusion_whose_requirement_is_a_task() throws Exception {
        UserSummary secretary = testUsers.create(Role.SECRETARIAT, null);
        UserSummary teamMember = testUsers.create(Role.AGENCY_OFFICER, "bnv");
        UserSummary province = testUsers.create(Role.AGENCY_LEADER, "cao-bang");
        UserSummary addressee = testUsers.create(Role.AGENCY_OFFICER, "vpcp");
        long caoBang = testTasks.agencyId("cao-bang");

        long plan = testUsers.callAs(secretary, () -> plans.createPlan(new PlanDraft(YEAR, "Kế hoạch kiểm tra công tác cải cách hành chính năm "
                + YEAR, "15/QĐ-BCĐCCHC", LocalDate.of(YEAR, 3, 12), "Phạm Minh Chính")));
        long id = testUsers.callAs(secretary, () -> plans.addInspection(plan, new InspectionDraft(caoBang, 11,
                EnumSet.of(ReformArea.PROCEDURES, ReformArea.CIVIL_SERVICE), "Kiểm tra việc thực hiện cơ chế một cửa, một cửa liên thông",
                "Vụ Cải cách hành chính, Bộ Nội vụ")));
        assertThat(testUsers.callAs(secretary, () -> plans.plans())).filteredOn(p -> p.year() == YEAR).singleElement()
                .satisfies(p -> assertThat(p.planned()).isEqualTo(1));

        long version = testUsers.callAs(secretary, () -> inspections.details(id)).summary().version();
        testUsers.runAs(secretary, () -> inspections.saveTeam(id, version, List.of(
                new TeamMember("Phạm Minh Hùng", "Vụ trưởng Vụ Cải cách hành chính", "Bộ Nội vụ", null, true),
                new TeamMember("Nguyễn Thị Thu Hà", "Chuyên viên chính", "Bộ Nội vụ", teamMember.username(), false))));
        assertThatThrownBy(() -> testUsers.runAs(province, () -> inspections.details(id)))
                .as("the province reads its inspection once concluded").isInstanceOf(NotFoundException.class);

        InspectionDetails onTeam = testUsers.callAs(teamMember, () -> inspections.details(id));
        assertThat(onTeam.editable()).isTrue();
        testUsers.runAs(teamMember, () -> inspections.recordVisit(id, onTeam.summary().version(), new Visit("Quyết định số 45/QĐ-BCĐCCHC",
                LocalDate.of(YEAR, 11, 20), LocalDate.of(YEAR, 11, 21), "Phó Chủ tịch UBND tỉnh Lê Hải Hòa; lãnh đạo các sở Nội vụ, Tư pháp",
                "Bộ phận tiếp nhận và trả kết quả TTHC UBND Thành phố; Trung tâm Dịch vụ hành chính công của tỉnh", null)));
        InspectionDocument selfReport = testUsers.callAs(teamMember, () -> inspections.attach(id, SampleFiles.incoming(
                "bao-cao-tu-kiem-tra-2024.docx", SampleFiles.docx("Báo cáo tự kiểm tra công tác cải cách hành chính năm 2024"))));
        assertThatThrownBy(() -> testUsers.runAs(province, () -> inspections.document(selfReport.id())))
                .isInstanceOf(NotFoundException.class);
        testUsers.runAs(teamMember, () -> inspections.addFinding(id, FindingKind.RESULT, ReformArea.PROCEDURES,
                "185.969 hồ sơ giải quyết xong, 184.517 hồ sơ đúng hạn (99,22%)."));
        testUsers.runAs(teamMember, () -> inspections.addFinding(id, FindingKind.LIMITATION, ReformArea.CIVIL_SERVICE,
                "Công tác tham mưu của một số cơ quan chưa đảm bảo tiến độ, chất lượng."));

        long recommendation = testUsers.callAs(teamMember, () -> recommendations.add(id,
                "Sửa đổi Thông tư số 01/2018/TT-VPCP phù hợp với Nghị định số 107/2021/NĐ-CP.", testTasks.agencyId("vpcp")));
        assertThat(testUsers.callAs(addressee, () -> recommendations.addressedToMe())).as("not yet forwarded")
                .noneMatch(r -> r.id() == recommendation);
        assertThatThrownBy(() -> testUsers.runAs(teamMember, () -> recommendations.forward(recommendation, 0, "Công văn số 120/VPBCĐ",
                LocalDate.of(YEAR, 12, 5), LocalDate.of(YEAR + 1, 1, 31)))).isInstanceOf(AccessDeniedException.class);
        testUsers.runAs(secretary, () -> recommendations.forward(recommendation, 0, "Công văn số 120/VPBCĐ",
                LocalDate.of(YEAR, 12, 5), LocalDate.of(YEAR + 1, 1, 31)));
        Recommendation received = testUsers.callAs(addressee, () -> recommendations.addressedToMe()).stream()
                .filter(r -> r.id() == recommendation).findFirst().orElseThrow();
        assertThat(received.overdue(LocalDate.of(YEAR + 1, 2, 1))).isTrue();
        assertThatThrownBy(() -> testUsers.runAs(secretary, () -> recommendations.close(recommendation, received.version(), " ")))
                .hasFieldOrPropertyWithValue("field", "reason");
        testUsers.runAs(addressee, () -> recommendations.answer(recommendation, received.version(),
                "Văn phòng Chính phủ đã đưa việc sửa đổi Thông tư vào Chương trình xây dựng văn bản năm 2025.", "Công văn số 315/VPCP-KSTT"));

        Conclusion draft = testUsers.callAs(teamMember, () -> conclusions.draft(id));
        Conclusion saved = testUsers.callAs(teamMember, () -> conclusions.save(draft.id(), draft.version(),
                "Tỉnh cần rà soát toàn bộ kế hoạch năm, phấn đấu hoàn thành 100% kế hoạch.",
                List.of(new Requirement("Báo cáo kết quả khắc phục các hạn chế nêu tại Thông báo.", 15, null))));
        UserSummary head = testUsers.createHead();
        long signer = testDocuments.signerOn(LocalDate.of(YEAR, 12, 10));
        assertThatThrownBy(() -> testUsers.runAs(teamMember, () -> conclusions.issue(saved.id(), saved.version(),
                new IssueNotice("20/TB-ĐKT", LocalDate.of(YEAR, 12, 10), signer)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> testUsers.runAs(secretary, () -> conclusions.approve(saved.id(), saved.version())))
                .as("an officer of the secretariat does not approve").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> testUsers.runAs(head, () -> conclusions.issue(saved.id(), saved.version(),
                new IssueNotice("20/TB-ĐKT", LocalDate.of(YEAR, 12, 10), signer))))
                .hasFieldOrPropertyWithValue("messageKey", "document.validation.notApproved");
        Conclusion approved = testUsers.callAs(head, () -> conclusions.approve(saved.id(), saved.version()));
        assertThat(approved).extracting(Conclusion::status, Conclusion::draftedBy, Conclusion::approvedBy)
                .containsExactly(ConclusionStatus.APPROVED, teamMember.username(), head.username());
        assertThatThrownBy(() -> testUsers.runAs(head, () -> conclusions.issue(saved.id(), approved.version(),
                new IssueNotice(" ", null, signer)))).isInstanceOf(ValidationException.class);
        long plannedBefore = testUsers.callAs(secretary, () -> caoBangPlanned(caoBang));
        Conclusion issued = testUsers.callAs(head, () -> conclusions.issue(saved.id(), approved.version(),
                new IssueNotice("20/TB-ĐKT", LocalDate.of(YEAR, 12, 10), signer)));
        assertThat(testUsers.callAs(secretary, () -> caoBangPlanned(caoBang))).as("the requirement counts in the year's figures")
                .isEqualTo(plannedBefore + 1);

        Long taskId = issued.requirements().getFirst().taskId();
        assertThat(taskId).isNotNull();
        TaskDetails task = testUsers.callAs(secretary, () -> tasks.details(taskId));
        assertThat(task.leadAgencyId()).isEqualTo(caoBang);
        assertThat(task.deadline()).isEqualTo(LocalDate.of(YEAR, 12, 25));
        assertThat(task.document().number()).isEqualTo("20/TB-ĐKT");
        InspectionDetails concluded = testUsers.callAs(province, () -> inspections.details(id));
        assertThat(concluded.summary().state()).isEqualTo(InspectionState.CONCLUDED);
        assertThat(concluded.documents()).extracting(InspectionDocument::fileName).containsExactly("bao-cao-tu-kiem-tra-2024.docx");
        assertThat(testUsers.callAs(province, () -> inspections.document(selfReport.id())).content()).isNotEmpty();
        assertThat(testUsers.callAs(teamMember, () -> inspections.details(id)).editable()).as("closed once concluded").isFalse();
        assertThatThrownBy(() -> testUsers.runAs(teamMember, () -> inspections.addFinding(id, FindingKind.CAUSE, ReformArea.DIRECTION, "…")))
                .hasFieldOrPropertyWithValue("messageKey", "inspection.validation.closed");
        assertThatThrownBy(() -> testUsers.runAs(secretary, () -> conclusions.save(issued.id(), issued.version(), "Sửa", List.of())))
                .as("an issued conclusion is never edited").hasFieldOrPropertyWithValue("messageKey", "inspection.validation.issued");

        String docx = docxText(testUsers.callAs(province, () -> conclusions.docx(issued.id())));
        assertThat(docx).contains("THÔNG BÁO", "Số: 20/TB-ĐKT", "Hà Nội, ngày 10 tháng 12 năm " + YEAR, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "99,22%", "Thông tư số 01/2018/TT-VPCP", "Báo cáo kết quả khắc phục các hạn chế nêu tại Thông báo. Thời hạn: 15 ngày",
                "TM. ĐOÀN KIỂM TRA", "CHÁNH VĂN PHÒNG", "Đỗ Quang Thịnh");
        assertThat(TestDocuments.pdfsig(testUsers.callAs(province, () -> conclusions.pdf(issued.id()))))
                .as("the notice as issued, signed").contains("Signature is Valid.", "Total document signed");
        try (PDDocument pdf = Loader.loadPDF(testUsers.callAs(province, () -> conclusions.pdf(issued.id())))) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ")).contains("THÔNG BÁO", "20/TB-ĐKT", "Tỉnh Cao Bằng");
        }

        assertThat(testUsers.callAs(secretary, () -> inspections.history(id))).extracting(AuditEntry::subjectKey)
                .as("every change is audited").contains("audit.subject.inspection", "audit.subject.finding",
                        "audit.subject.recommendation", "audit.subject.inspectionConclusion");

        Conclusion second = testUsers.callAs(secretary, () -> conclusions.supersede(issued.id()));
        Conclusion secondApproved = testUsers.callAs(head, () -> conclusions.approve(second.id(), second.version()));
        Conclusion reissued = testUsers.callAs(head, () -> conclusions.issue(second.id(), secondApproved.version(),
                new IssueNotice("21/TB-ĐKT", LocalDate.of(YEAR, 12, 12), signer)));
        assertThat(reissued.requirements().getFirst().taskId()).as("the same requirement keeps its task").isEqualTo(taskId);
        assertThat(testUsers.callAs(secretary, () -> inspections.details(id)).conclusions())
                .extracting(Conclusion::versionNo, Conclusion::status)
                .containsExactly(Tuple.tuple(2, ConclusionStatus.ISSUED),
                        Tuple.tuple(1, ConclusionStatus.SUPERSEDED));
    }

    /** Cao Bằng's planned tasks of the year as the dashboard counts them at the year's end. */
    private long caoBangPlanned(long caoBang) {
        // a requirement is a task of another source than the agency's plan: counted when the figures include those
        return dashboard.figures(new DashboardRequest(LocalDate.of(YEAR, 12, 31), Period.year(YEAR), DeadlineBasis.EXTENDED,
                        TaskScope.ALL))
                .agencies().stream().filter(line -> line.agencyId() == caoBang).mapToLong(line -> line.counts().planned()).sum();
    }

    private static String docxText(byte[] docx) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }
}
