package vn.gov.cchc.portal.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import vn.gov.cchc.portal.agency.AgencyService;
import vn.gov.cchc.portal.common.DemoPeople;
import vn.gov.cchc.portal.common.DocumentRef;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.common.ValidationException;
import vn.gov.cchc.portal.security.Role;
import vn.gov.cchc.portal.security.Roles;
import vn.gov.cchc.portal.spreadsheet.RowProblem;
import vn.gov.cchc.portal.storage.IncomingFile;
import vn.gov.cchc.portal.support.IntegrationTest;
import vn.gov.cchc.portal.support.PlanFiles;
import vn.gov.cchc.portal.support.SampleFiles;
import vn.gov.cchc.portal.support.TestUsers;
import vn.gov.cchc.portal.task.Counts;
import vn.gov.cchc.portal.task.DeadlineBasis;
import vn.gov.cchc.portal.task.FigureQuery;
import vn.gov.cchc.portal.task.PlanAction;
import vn.gov.cchc.portal.task.PlanColumn;
import vn.gov.cchc.portal.task.PlanLine;
import vn.gov.cchc.portal.task.PlanPreview;
import vn.gov.cchc.portal.task.ReformArea;
import vn.gov.cchc.portal.task.TaskQueryService;
import vn.gov.cchc.portal.task.TaskScope;
import vn.gov.cchc.portal.task.TaskSourceLink;
import vn.gov.cchc.portal.task.TaskStatisticsService;
import vn.gov.cchc.portal.user.UserSummary;

/**
 * An agency's own plan, from its file to its figures: the officer previews and drafts it, the leader submits it,
 * the secretariat receives it (its tasks are created then, and counted as the agency's planned tasks) or returns
 * it; a second plan of the year is an amendment. Bad input is refused with its message and nothing is saved.
 * Uses Bộ Tư pháp's plan for 2027 ({@code plans/ke-hoach-2027-bo-tu-phap.xlsx}, its departments in charge).
 */
@IntegrationTest
@WithMockUser(roles = Roles.COMMITTEE_MEMBER)
class AgencyPlanTest {

    private static final int YEAR = 2027;

    @Autowired
    AgencyPlanService plans;
    @Autowired
    PlanDeskService desk;
    @Autowired
    TaskStatisticsService statistics;
    @Autowired
    AgencyService agencies;
    @Autowired
    TestUsers users;
    @Autowired
    TaskQueryService tasks;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    @Test
    void a_ministry_drafts_submits_and_the_secretariat_receives_its_plan_whose_tasks_then_count_as_planned() throws IOException {
        UserSummary officer = users.create(Role.AGENCY_OFFICER, "btp");
        UserSummary leader = users.create(Role.AGENCY_LEADER, "btp");
        UserSummary secretariat = users.create(Role.SECRETARIAT, null);
        long btp = agencies.findByCode("btp").orElseThrow().id();
        assertThat(planned(btp)).isZero();

        PlanPreview preview = users.callAs(officer, () -> plans.preview(YEAR, file("ke-hoach-2027-bo-tu-phap.xlsx"), DocumentRef.NONE));
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.lines()).extracting(PlanLine::lead, PlanLine::area, PlanLine::deadline, PlanLine::deadlineWritten)
                .containsExactly(
                        tuple("Bộ Tư pháp (Cục Quản lý xử lý vi phạm hành chính và theo dõi thi hành pháp luật)",
                                ReformArea.INSTITUTIONS, LocalDate.of(2027, 12, 31), "Quý IV/2027"),
                        tuple("Bộ Tư pháp (Cục Kiểm tra văn bản quy phạm pháp luật)", ReformArea.INSTITUTIONS,
                                LocalDate.of(2027, 6, 30), "Tháng 6/2027"),
                        tuple("Bộ Tư pháp (Cục Hộ tịch, quốc tịch, chứng thực)", ReformArea.PROCEDURES,
                                LocalDate.of(2027, 6, 30), "6 tháng đầu năm"),
                        tuple("Bộ Tư pháp (Cục Công nghệ thông tin)", ReformArea.DIGITAL_GOVERNMENT, null, "Thường xuyên"));

        PlanRecord draft = users.callAs(officer, () -> plans.saveDraft(new PlanDraft(YEAR, false, null, preview)));
        assertThat(draft).extracting(PlanRecord::state, p -> p.document().number(), p -> p.document().date(), PlanRecord::rowCount)
                .containsExactly(PlanState.DRAFT, "45/KH-BTP", LocalDate.of(2026, 11, 30), 4);
        assertThat(status(secretariat, btp).plan()).as("a draft is the agency's own").isNull();
        assertThatThrownBy(() -> users.callAs(officer, () -> plans.attachSigned(draft.id(), draft.version(),
                SampleFiles.incoming("ke-hoach.docx", SampleFiles.docx("Kế hoạch"))))).isInstanceOf(ValidationException.class)
                .extracting("messageKey").isEqualTo("plan.validation.signedPdf");
        byte[] signed = SampleFiles.pdf();
        assertThat(users.callAs(officer, () -> plans.attachSigned(draft.id(), draft.version(),
                SampleFiles.incoming("45-KH-BTP.pdf", signed))).signedFileName()).isEqualTo("45-KH-BTP.pdf");
        assertThatThrownBy(() -> users.callAs(officer, () -> plans.submit(draft.id(), draft.version())))
                .isInstanceOf(AccessDeniedException.class);

        PlanRecord submitted = users.callAs(leader, () -> plans.submit(draft.id(), draft.version()));
        assertThat(submitted.state()).isEqualTo(PlanState.SUBMITTED);
        assertThat(planned(btp)).as("nothing counts before the secretariat receives it").isZero();

        PlanRecord received = users.callAs(secretariat, () -> desk.receive(submitted.id(), submitted.version()));
        assertThat(received.state()).isEqualTo(PlanState.RECEIVED);
        assertThat(received.taskCount()).isEqualTo(4);
        assertThat(planned(btp)).isEqualTo(4);
        assertThat(status(secretariat, btp).plan().document().number()).isEqualTo("45/KH-BTP");
        assertThat(users.callAs(secretariat, () -> desk.signedFile(received.id())).content()).isEqualTo(signed);
        long taskId = jdbc.queryForObject("SELECT MIN(id) FROM task WHERE plan_id = ?", Long.class, received.id());
        assertThat(users.callAs(secretariat, () -> tasks.sources(taskId))).as("the task's page names its plan")
                .extracting(TaskSourceLink::messageKey, link -> link.arguments().get(1))
                .containsExactly(tuple("plan.source.plan", "45/KH-BTP"));
        assertThat(users.callAs(secretariat, () -> tasks.details(taskId)).description()).isEqualTo(
                "Đơn vị chủ trì: Cục Quản lý xử lý vi phạm hành chính và theo dõi thi hành pháp luật\nPhối hợp: Các đơn vị thuộc Bộ");

        // a second plan of the year is refused: it must be an amendment, which adds its tasks once received
        PlanPreview again = users.callAs(officer, () -> plans.preview(YEAR, file("ke-hoach-2027-bo-tu-phap.xlsx"), DocumentRef.NONE));
        assertThatThrownBy(() -> users.callAs(officer, () -> plans.saveDraft(new PlanDraft(YEAR, false, null, again))))
                .isInstanceOf(ValidationException.class).extracting("messageKey").isEqualTo("plan.validation.secondPlan");
        PlanPreview added = users.callAs(officer, () -> plans.preview(YEAR, amendment(), DocumentRef.NONE));
        assertThatThrownBy(() -> users.callAs(officer, () -> plans.saveDraft(new PlanDraft(YEAR, true, " ", added))))
                .isInstanceOf(ValidationException.class).extracting("messageKey").isEqualTo("plan.validation.summaryRequired");
        PlanRecord amendment = users.callAs(officer, () -> plans.saveDraft(new PlanDraft(YEAR, true,
                "Bổ sung 2 nhiệm vụ theo kết luận kiểm tra", added)));
        assertThat(amendment.sequence()).isEqualTo(1);
        PlanRecord sent = users.callAs(leader, () -> plans.submit(amendment.id(), amendment.version()));

        PlanRecord returned = users.callAs(secretariat, () -> desk.giveBack(sent.id(), sent.version(), "Thiếu sản phẩm của nhiệm vụ 2"));
        assertThat(returned).extracting(PlanRecord::state, PlanRecord::returnReason)
                .containsExactly(PlanState.RETURNED, "Thiếu sản phẩm của nhiệm vụ 2");
        PlanRecord redrafted = users.callAs(officer, () -> plans.saveDraft(new PlanDraft(YEAR, true,
                "Bổ sung 2 nhiệm vụ theo kết luận kiểm tra", added)));
        assertThat(redrafted.id()).as("the returned amendment is drafted again").isEqualTo(amendment.id());
        PlanRecord resent = users.callAs(leader, () -> plans.submit(redrafted.id(), redrafted.version()));
        users.callAs(secretariat, () -> desk.receive(resent.id(), resent.version()));

        assertThat(planned(btp)).isEqualTo(6);
        assertThat(status(secretariat, btp).amendments()).extracting(PlanRecord::sequence, PlanRecord::taskCount)
                .containsExactly(tuple(1, 2));
        assertThat(users.callAs(officer, () -> plans.myPlans())).filteredOn(plan -> plan.year() == YEAR)
                .extracting(PlanRecord::sequence, PlanRecord::state).containsExactly(
                        tuple(0, PlanState.RECEIVED), tuple(1, PlanState.RECEIVED));
    }

    @Test
    void the_same_plan_with_its_caption_merged_reads_the_same_tasks() throws IOException {
        UserSummary officer = users.create(Role.AGENCY_OFFICER, "quang-ninh");
        PlanPreview plain = users.callAs(officer, () -> plans.preview(YEAR, file("ke-hoach-2027-tinh-nhu-van-ban.xlsx"), DocumentRef.NONE));
        PlanPreview merged = users.callAs(officer, () -> plans.preview(YEAR, file("ke-hoach-2027-tinh-tieu-de-gop.xlsx"), DocumentRef.NONE));

        assertThat(plain.problems()).isEmpty();
        assertThat(plain.count(PlanAction.CREATE)).isEqualTo(6);
        assertThat(merged.problems()).isEmpty();
        assertThat(merged.lines()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("row")
                .containsExactlyElementsOf(plain.lines());
    }

    @Test
    void an_agency_not_active_in_the_year_has_no_plan_for_it() {
        // the demo's officer of Hà Giang, merged into Tuyên Quang on 01/07/2025 (the account is kept, disabled)
        String officer = DemoPeople.officer("ha-giang");

        assertThatThrownBy(() -> users.callAs(officer, () -> plans.preview(YEAR, file("ke-hoach-2027-tinh-nhu-van-ban.xlsx"),
                DocumentRef.NONE))).isInstanceOf(ValidationException.class)
                .extracting("messageKey").isEqualTo("plan.validation.agencyInactive");
        assertThat(users.callAs(officer, () -> plans.preview(2025, file("ke-hoach-2027-tinh-nhu-van-ban.xlsx"),
                DocumentRef.NONE)).problems()).as("it was active in the first half of 2025")
                .extracting(RowProblem::messageKey).contains("plan.error.yearDiffers");
        assertThat(users.callAs(officer, () -> plans.myPlans())).noneMatch(plan -> plan.year() == YEAR);
    }

    @Test
    void each_bad_row_of_an_own_plan_is_refused_on_its_row_and_nothing_is_saved() {
        UserSummary officer = users.create(Role.AGENCY_OFFICER, "bct");
        PlanFiles file = new PlanFiles();
        own(file, "Rà soát quy định kinh doanh", LocalDate.of(2026, 11, 10));
        own(file, "Đánh giá chất lượng phục vụ", "Quý V/2027");
        own(file, "Cắt giảm điều kiện kinh doanh", LocalDate.of(2027, 6, 30)).set(PlanColumn.LEAD, "Bộ Tư pháp");
        own(file, "Số hóa hồ sơ", LocalDate.of(2027, 9, 30)).set(PlanColumn.CODE, "12");
        own(file, "Kiểm tra công tác cải cách hành chính", LocalDate.of(2027, 10, 31));

        PlanPreview preview = users.callAs(officer, () -> plans.preview(YEAR, file.incoming("ke-hoach-bct-2027.xlsx"), DocumentRef.NONE));

        assertThat(preview.problems()).extracting(RowProblem::row, RowProblem::column, RowProblem::messageKey).containsExactly(
                tuple(2, "Thời hạn hoàn thành", "plan.error.deadlineBeforeDocument"),
                tuple(3, "Thời hạn hoàn thành", "plan.error.period"),
                tuple(4, "Cơ quan chủ trì", "plan.error.notOwnLead"),
                tuple(5, "Mã nhiệm vụ", "plan.error.codeInOwnPlan"));
        assertThat(preview.count(PlanAction.CREATE)).isEqualTo(1);
        assertThatThrownBy(() -> users.callAs(officer, () -> plans.saveDraft(new PlanDraft(YEAR, false, null, preview))))
                .isInstanceOf(ValidationException.class).extracting("messageKey").isEqualTo("plan.error.notClean");
        assertThat(users.callAs(officer, () -> plans.myPlans())).noneMatch(plan -> plan.year() == YEAR);
    }

    @Test
    void a_plan_document_dated_after_today_is_refused_and_nothing_is_saved() {
        UserSummary officer = users.create(Role.AGENCY_OFFICER, "bnv");
        LocalDate tomorrow = PortalTime.today(clock).plusDays(1);
        PlanFiles file = new PlanFiles();
        file.row().set(PlanColumn.TITLE, "Rà soát thủ tục hành chính nội bộ").set(PlanColumn.AREA, "Cải cách thủ tục hành chính")
                .set(PlanColumn.LEAD, "Văn phòng Bộ").set(PlanColumn.DEADLINE, LocalDate.of(YEAR, 9, 30))
                .set(PlanColumn.DOCUMENT, "77/KH-BNV").set(PlanColumn.DOCUMENT_DATE, tomorrow);
        PlanPreview preview = users.callAs(officer, () -> plans.preview(YEAR, file.incoming("ke-hoach-bnv-2027.xlsx"), DocumentRef.NONE));

        assertThatThrownBy(() -> users.callAs(officer, () -> plans.saveDraft(new PlanDraft(YEAR, false, null, preview))))
                .isInstanceOf(ValidationException.class)
                .satisfies(refused -> assertThat(((ValidationException) refused).field()).isEqualTo("documentDate"))
                .extracting("messageKey").isEqualTo("plan.validation.documentInFuture");
        assertThat(users.callAs(officer, () -> plans.myPlans())).noneMatch(plan -> plan.year() == YEAR);
    }

    @Test
    void a_file_of_more_than_twenty_thousand_rows_is_refused_whole() {
        UserSummary officer = users.create(Role.AGENCY_OFFICER, "bxd");
        PlanFiles file = new PlanFiles();
        for (int i = 0; i < 20_001; i++) {
            own(file, "Nhiệm vụ " + (i + 1), LocalDate.of(2027, 12, 31));
        }
        IncomingFile big = file.incoming("ke-hoach-qua-lon.xlsx");

        assertThatThrownBy(() -> users.callAs(officer, () -> plans.preview(YEAR, big, DocumentRef.NONE)))
                .isInstanceOf(ValidationException.class).extracting("messageKey").isEqualTo("spreadsheet.tooManyRows");
        assertThat(users.callAs(officer, () -> plans.myPlans())).noneMatch(plan -> plan.year() == YEAR);
    }

    private static PlanFiles own(PlanFiles file, String title, Object deadline) {
        return file.row().set(PlanColumn.TITLE, title).set(PlanColumn.AREA, "Cải cách thủ tục hành chính")
                .set(PlanColumn.LEAD, "Vụ Pháp chế").set(PlanColumn.DEADLINE, deadline)
                .set(PlanColumn.DOCUMENT, "61/KH-BCT").set(PlanColumn.DOCUMENT_DATE, LocalDate.of(2026, 11, 20));
    }

    /** Two tasks added by an amendment of 04/12/2026. */
    private static IncomingFile amendment() {
        PlanFiles file = new PlanFiles();
        for (String title : List.of("Rà soát thủ tục hành chính lĩnh vực luật sư", "Công bố danh mục thủ tục hành chính nội bộ")) {
            file.row().set(PlanColumn.TITLE, title).set(PlanColumn.AREA, "Cải cách thủ tục hành chính")
                    .set(PlanColumn.LEAD, "Văn phòng Bộ").set(PlanColumn.DEADLINE, LocalDate.of(2027, 9, 30))
                    .set(PlanColumn.DOCUMENT, "112/KH-BTP").set(PlanColumn.DOCUMENT_DATE, LocalDate.of(2026, 12, 4));
        }
        return file.incoming("ke-hoach-dieu-chinh-btp-2027.xlsx");
    }

    private long planned(long agencyId) {
        Counts counts = statistics.counts(new FigureQuery(LocalDate.of(YEAR, 6, 30), LocalDate.of(YEAR, 1, 1),
                LocalDate.of(YEAR, 12, 31), DeadlineBasis.EXTENDED, TaskScope.PLANS)).byAgency().getOrDefault(agencyId, Counts.ZERO);
        return counts.planned();
    }

    private AgencyPlanStatus status(UserSummary secretariat, long agencyId) {
        return users.callAs(secretariat, () -> desk.year(YEAR)).agencies().stream()
                .filter(row -> row.agency().id() == agencyId).findFirst().orElseThrow();
    }

    private IncomingFile file(String name) {
        try (InputStream in = getClass().getResourceAsStream("/plans/" + name)) {
            return SampleFiles.incoming(name, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
