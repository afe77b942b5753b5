package vn.gov.cchc.portal.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import vn.gov.cchc.portal.agency.AgencyGroup;
import vn.gov.cchc.portal.common.NotFoundException;
import vn.gov.cchc.portal.document.SignerService;
import vn.gov.cchc.portal.security.Role;
import vn.gov.cchc.portal.security.Roles;
import vn.gov.cchc.portal.session.SessionDraft;
import vn.gov.cchc.portal.session.SessionFilter;
import vn.gov.cchc.portal.session.SessionForm;
import vn.gov.cchc.portal.session.SessionKind;
import vn.gov.cchc.portal.session.SessionService;
import vn.gov.cchc.portal.support.IntegrationTest;
import vn.gov.cchc.portal.support.TestDocuments;
import vn.gov.cchc.portal.support.TestTasks;
import vn.gov.cchc.portal.support.TestUsers;
import vn.gov.cchc.portal.task.Counts;
import vn.gov.cchc.portal.user.UserSummary;
import vn.gov.cchc.portal.warning.AgencyRisk;
import vn.gov.cchc.portal.warning.RiskService;

@IntegrationTest
@WithMockUser(username = "thuky", roles = Roles.SECRETARIAT)
class BriefServiceTest {

    @Autowired
    BriefService briefs;

    @Autowired
    SessionService sessions;

    @Autowired
    TestTasks testTasks;

    @Autowired
    TestUsers testUsers;

    @Autowired
    TestDocuments testDocuments;

    @Autowired
    SignerService signers;

    @Autowired
    RiskService risks;

    @Test
    void the_brief_of_the_fifth_session_shows_the_published_rates_in_docx_and_pdf() throws IOException {
        BriefDetails brief = briefs.compile(session(5), 5);

        assertThat(brief.content().groups()).extracting(line -> line.counts().planned()).containsExactly(845L, 3003L);
        // the agencies with the most tasks at risk on the cut-off, each number the early warning's own for that day
        Map<String, Integer> atRisk = risks.byAgency(LocalDate.of(2023, 6, 21)).stream()
                .collect(Collectors.toMap(row -> row.agency().vi(), AgencyRisk::atRisk, (a, b) -> a + b));
        assertThat(brief.content().atRiskOrEmpty()).isNotEmpty().allSatisfy(line ->
                assertThat(line.atRisk()).as(line.agency()).isEqualTo(atRisk.get(line.agency()).longValue()));
        byte[] docxBytes = briefs.docx(brief.summary().id());
        Files.createDirectories(Path.of("target/screenshots"));
        Files.write(Path.of("target/screenshots/brief-session-5.docx"), docxBytes);
        String docx = docxText(docxBytes);
        assertThat(docx).contains("35,03%", "46,09%", "296/845", "1.384/3.003")
                .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")
                .contains("Hà Nội, ngày 19 tháng 7 năm 2023", "Phiên họp thứ 5", "Tỉnh Quảng Ninh", "Thành phố Hồ Chí Minh")
                .contains("5. Nhiệm vụ có nguy cơ chậm", "tính đến ngày 21/06/2023");
        byte[] pdfBytes = briefs.pdf(brief.summary().id());
        Files.createDirectories(Path.of("target/screenshots"));
        Files.write(Path.of("target/screenshots/brief-session-5.pdf"), pdfBytes);
        String pdf = pdfText(pdfBytes);
        assertThat(pdf).contains("35,03%", "46,09%", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "Hà Nội, ngày 19 tháng 7 năm 2023", "Bộ Khoa học và Công nghệ", "I. TÌNH HÌNH CHUNG",
                "KẾT QUẢ THỰC HIỆN KẾT LUẬN CỦA PHIÊN HỌP TRƯỚC");
    }

    @Test
    void the_general_situation_of_session_5_states_the_national_figures_of_seeds_000_and_001_with_source_and_cutoff()
            throws IOException {
        BriefDetails brief = briefs.compile(session(5), 5);

        assertThat(brief.content().situationsOrEmpty()).extracting(BriefContent.Situation::round).containsExactly(
                "Báo cáo tình hình, kết quả cải cách hành chính quý I năm 2023",
                "Báo cáo sơ kết công tác cải cách hành chính 6 tháng đầu năm 2023");
        String docx = docxText(briefs.docx(brief.summary().id()));
        assertThat(docx).contains("Theo số liệu của Văn phòng Chính phủ (Báo cáo tình hình, kết quả cải cách hành chính "
                        + "quý I năm 2023, số liệu tính đến ngày 23/03/2023):")
                .contains("- Tỷ lệ hồ sơ giải quyết trước và đúng hạn: 98,01% (bộ, cơ quan trung ương 99,87%; cơ quan chuyên "
                        + "môn cấp tỉnh 98,61%; UBND cấp huyện 94,20%; UBND cấp xã 99,36%).")
                .contains("- Thủ tục hành chính đang có hiệu lực: 6.472 (bộ, cơ quan trung ương 3.868; địa phương 1.395; "
                        + "ngành dọc tại địa phương 1.753).")
                .contains("6 tháng đầu năm 2023, số liệu tính đến ngày 21/06/2023):")
                .contains("- Văn bản chỉ đạo, điều hành cải cách hành chính ban hành: bộ, cơ quan trung ương 178; địa phương 2.054.")
                .contains("được cấp bản điện tử có giá trị pháp lý: 31,16%.", "Tỷ lệ hồ sơ được số hóa: 66,48%.")
                .contains("bộ, cơ quan trung ương 10/21 (47,62%); địa phương 62/63 (98,41%)")
                .contains("3,6 triệu", "55,98 triệu", "9,75 triệu", "6,8 triệu", "2,39 nghìn tỷ đồng")
                .contains("Luật, nghị quyết được Quốc hội thông qua: 11.")
                .contains("Chưa có số liệu tổng hợp theo khối");
    }

    @Test
    void the_brief_of_session_5_follows_up_each_conclusion_of_the_3rd_session_with_its_tasks() {
        BriefDetails brief = briefs.compile(session(5), 5);

        BriefContent.PreviousConclusions previous = brief.content().previous();
        assertThat(previous.sessionNumber()).isEqualTo(3);
        assertThat(previous.conclusions()).hasSize(5).allSatisfy(line -> {
            assertThat(line.tasks()).as("paragraph %d was assigned", line.number()).isPositive();
            assertThat(line.done() + line.overdue()).isLessThanOrEqualTo(line.tasks());
        });
        assertThat(previous.conclusions()).extracting(BriefContent.ConclusionLine::tasks)
                .as("every ministry, every province twice over paragraphs 2 and 3 (and Bộ Công an), Bộ Nội vụ twice, three"
                        + " ministries").containsExactly(22, 63, 64, 2, 3);
        assertThat(previous.conclusions()).extracting(BriefContent.ConclusionLine::done).as("some done by 21/06/2023")
                .anyMatch(done -> done > 0);
    }

    @Test
    void the_brief_of_session_3_never_states_cao_bangs_figures_as_the_nations_or_the_provinces() throws IOException {
        BriefDetails brief = briefs.compile(session(3), 5);

        String docx = docxText(briefs.docx(brief.summary().id()));
        assertThat(docx).contains("Báo cáo kết quả cải cách hành chính năm 2022, số liệu tính đến ngày 22/11/2022: chưa có "
                        + "số liệu toàn quốc hoặc số liệu tổng hợp theo khối")
                .contains("và 1/63 tỉnh, thành phố trực thuộc trung ương")
                .doesNotContain("185.969").doesNotContain("99,22");
    }

    @Test
    void an_issued_brief_keeps_its_figures_when_tasks_change_later() {
        long sessionId = sessions.create(new SessionDraft("BRIEF", (int) (System.nanoTime() % 100000) + 1,
                "Phiên họp thử báo cáo", SessionKind.REGULAR, LocalDateTime.of(2022, 7, 20, 8, 0), null, SessionForm.ONLINE,
                null, LocalDate.of(2022, 1, 1), LocalDate.of(2022, 6, 30), LocalDate.of(2022, 6, 20))).id();
        testTasks.addToPlan("btp", "Nhiệm vụ năm 2022 thứ nhất", LocalDate.of(2022, 2, 1), LocalDate.of(2022, 5, 31));
        BriefDetails draft = briefs.compile(sessionId, 3);
        BriefDetails issued = testDocuments.approveAndIssue(draft.summary().id(), "12/BC-VPBCĐ", LocalDate.of(2022, 7, 15));
        long plannedWhenIssued = ministries(issued).planned();

        testTasks.addToPlan("btp", "Nhiệm vụ năm 2022 giao bổ sung", LocalDate.of(2022, 3, 1), LocalDate.of(2022, 6, 30));

        assertThat(ministries(briefs.get(issued.summary().id())).planned()).isEqualTo(plannedWhenIssued);
        assertThat(docxText(briefs.docx(issued.summary().id()))).contains("Số: 12/BC-VPBCĐ");
        BriefDetails replacement = briefs.supersede(issued.summary().id());
        assertThat(ministries(replacement).planned()).isEqualTo(plannedWhenIssued + 1);
        testDocuments.approveAndIssue(replacement.summary().id(), "13/BC-VPBCĐ", LocalDate.of(2022, 7, 18));
        assertThat(briefs.get(issued.summary().id()).summary().status()).isEqualTo(BriefStatus.SUPERSEDED);
        assertThat(briefs.history(issued.summary().id())).hasSizeGreaterThanOrEqualTo(4)
                .extracting(entry -> entry.username().startsWith("test.head.") ? "head" : entry.username())
                .as("drafted by the officer, approved and issued by a head").contains("thuky", "head");
    }

    @Test
    void a_brief_is_drafted_by_an_officer_approved_by_another_head_and_issued_once_with_a_signer_in_office() {
        BriefDetails draft = briefs.compile(session(5), 5);
        long id = draft.summary().id();
        UserSummary head = testUsers.createHead();
        long signer = testDocuments.signerOn(LocalDate.of(2023, 7, 18));

        assertThatThrownBy(() -> testUsers.callAs(head, () -> briefs.issue(id, draft.summary().version(),
                new IssueRequest("45/BC-VPBCĐ", LocalDate.of(2023, 7, 18), signer))))
                .as("no issue without approval").hasFieldOrPropertyWithValue("messageKey", "document.validation.notApproved");
        assertThatThrownBy(() -> briefs.approve(id, draft.summary().version()))
                .as("an officer is no head").isInstanceOf(AccessDeniedException.class);
        BriefDetails rewritten = testUsers.callAs(head, () -> briefs.saveNarratives(id, draft.summary().version(),
                new Narratives("Nội dung do lãnh đạo viết lại.", null, null)));
        assertThatThrownBy(() -> testUsers.callAs(head, () -> briefs.approve(id, rewritten.summary().version())))
                .as("whoever wrote the draft does not approve it")
                .hasFieldOrPropertyWithValue("messageKey", "document.validation.selfApproval");
        assertThat(briefs.get(id).summary()).as("nothing changed").extracting(BriefSummary::status, BriefSummary::approvedBy,
                BriefSummary::version).containsExactly(BriefStatus.DRAFT, null, rewritten.summary().version());

        BriefDetails written = briefs.saveNarratives(id, rewritten.summary().version(), new Narratives("Tình hình chung.", null, null));
        BriefDetails approved = testUsers.callAs(head, () -> briefs.approve(id, written.summary().version()));
        assertThat(approved.summary()).extracting(BriefSummary::status, BriefSummary::draftedBy, BriefSummary::approvedBy)
                .containsExactly(BriefStatus.APPROVED, "thuky", head.username());
        assertThatThrownBy(() -> testUsers.callAs(head, () -> briefs.issue(id, approved.summary().version(),
                new IssueRequest(" ", LocalDate.of(2023, 7, 18), signer))))
                .hasFieldOrPropertyWithValue("messageKey", "brief.validation.numberRequired");
        long formerChief = testUsers.callAs(head, () -> signers.list().stream()
                .filter(s -> s.validTo() != null && s.validTo().isBefore(LocalDate.of(2023, 1, 1))).findFirst().orElseThrow().id());
        assertThatThrownBy(() -> testUsers.callAs(head, () -> briefs.issue(id, approved.summary().version(),
                new IssueRequest("45/BC-VPBCĐ", LocalDate.of(2023, 7, 18), formerChief))))
                .as("a signer out of office on the issue date")
                .hasFieldOrPropertyWithValue("messageKey", "document.validation.signerOutOfOffice");
        assertThat(briefs.get(id).summary()).as("nothing changed").extracting(BriefSummary::status, BriefSummary::docNumber,
                BriefSummary::version).containsExactly(BriefStatus.APPROVED, null, approved.summary().version());

        BriefDetails issued = testUsers.callAs(head, () -> briefs.issue(id, approved.summary().version(),
                new IssueRequest("45/BC-VPBCĐ", LocalDate.of(2023, 7, 18), signer)));
        assertThat(issued.summary().status()).isEqualTo(BriefStatus.ISSUED);
        assertThatThrownBy(() -> testUsers.callAs(head, () -> briefs.issue(id, issued.summary().version(),
                new IssueRequest("46/BC-VPBCĐ", LocalDate.of(2023, 7, 18), signer))))
                .hasFieldOrPropertyWithValue("messageKey", "brief.validation.alreadyIssued");
        assertThatThrownBy(() -> briefs.saveNarratives(id, issued.summary().version(), new Narratives("x", null, null)))
                .hasFieldOrPropertyWithValue("messageKey", "brief.validation.issuedReadOnly");
        assertThat(briefs.history(id)).extracting(entry -> entry.username().equals(head.username()) ? "head" : entry.username())
                .contains("thuky", "head");
    }

    @Test
    void an_issued_brief_is_a_pades_signed_pdf_that_pdfsig_verifies_and_a_changed_byte_breaks() throws Exception {
        BriefDetails draft = briefs.compile(session(5), 5);
        BriefDetails issued = testDocuments.approveAndIssue(draft.summary().id(), "47/BC-VPBCĐ", LocalDate.of(2023, 7, 18));

        byte[] pdf = briefs.pdf(issued.summary().id());
        assertThat(briefs.pdf(issued.summary().id())).as("the PDF as issued, every time").isEqualTo(pdf);
        assertThat(pdfText(pdf)).contains("Số: 47/BC-VPBCĐ", "CHÁNH VĂN PHÒNG", "Đỗ Quang Thịnh");
        String verified = TestDocuments.pdfsig(pdf);
        assertThat(verified).contains("Signature is Valid.", "Total document signed", "ETSI.CAdES.detached",
                "Signer Certificate Common Name: Cổng thông tin Ban Chỉ đạo cải cách hành chính");

        byte[] changed = pdf.clone();
        int at = new String(changed, StandardCharsets.ISO_8859_1).indexOf("\n%") + 2;
        assertThat(at).as("the binary comment under the header, inside the signed range").isBetween(8, 20);
        changed[at] = (byte) (changed[at] ^ 0x01);
        assertThat(TestDocuments.pdfsig(changed)).doesNotContain("Signature is Valid.").contains("Signature Validation:");
    }

    @Test
    void a_session_without_a_cut_off_date_cannot_have_a_brief() {
        long sessionId = sessions.create(new SessionDraft("BRIEF", (int) (System.nanoTime() % 100000) + 1,
                "Phiên họp chưa chốt số liệu", SessionKind.REGULAR, LocalDateTime.of(2024, 7, 20, 8, 0), null,
                SessionForm.ONLINE, null, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30), null)).id();
        assertThatThrownBy(() -> briefs.compile(sessionId, 5))
                .hasFieldOrPropertyWithValue("messageKey", "brief.validation.noCutoff");
    }

    @Test
    void pasted_markup_and_script_tags_stay_plain_text_in_every_format() throws IOException {
        BriefDetails draft = briefs.compile(session(5), 5);
        String pasted = "<script>alert('x')</script> <b>Đậm</b> Cải cách thủ tục";
        BriefDetails saved = briefs.saveNarratives(draft.summary().id(), draft.summary().version(),
                new Narratives(pasted, null, null));

        assertThat(saved.narratives().situation()).isEqualTo(pasted);
        assertThat(docxText(briefs.docx(saved.summary().id()))).contains(pasted);
        assertThat(pdfText(briefs.pdf(saved.summary().id()))).contains("<script>alert('x')</script>");
    }

    @Test
    void agency_users_and_committee_members_do_not_see_drafts() {
        BriefDetails draft = briefs.compile(session(5), 5);
        UserSummary officer = testUsers.create(Role.AGENCY_OFFICER, "ha-noi");
        UserSummary member = testUsers.create(Role.COMMITTEE_MEMBER, null);
        for (UserSummary reader : new UserSummary[] {officer, member}) {
            assertThat(testUsers.callAs(reader, () -> briefs.list())).extracting(BriefSummary::status)
                    .doesNotContain(BriefStatus.DRAFT);
            assertThatThrownBy(() -> testUsers.callAs(reader, () -> briefs.get(draft.summary().id())))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> testUsers.callAs(reader, () -> briefs.pdf(draft.summary().id())))
                    .isInstanceOf(NotFoundException.class);
        }
    }

    private static Counts ministries(BriefDetails brief) {
        return brief.content().groups().get(AgencyGroup.MINISTRIES.ordinal()).counts();
    }

    private long session(int number) {
        return sessions.list(SessionFilter.all()).stream().filter(s -> s.number() == number && s.term().equals("2021-2026"))
                .findFirst().orElseThrow().id();
    }

    private static String docxText(byte[] docx) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
