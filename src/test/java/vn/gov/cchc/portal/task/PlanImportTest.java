package vn.gov.cchc.portal.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import vn.gov.cchc.portal.agency.AgencyGroup;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.common.ValidationException;
import vn.gov.cchc.portal.security.Roles;
import vn.gov.cchc.portal.spreadsheet.RowProblem;
import vn.gov.cchc.portal.spreadsheet.SpreadsheetWriter;
import vn.gov.cchc.portal.support.IntegrationTest;
import vn.gov.cchc.portal.support.PlanFiles;
import vn.gov.cchc.portal.support.SampleFiles;
import vn.gov.cchc.portal.support.SeedAgencies;
import vn.gov.cchc.portal.support.TestTasks;

/**
 * The secretariat imports the yearly plan from a spreadsheet: a preview first, nothing saved until confirmed, each
 * problem with its row and column, the same file twice changes nothing, an exported list imports back unchanged.
 */
@IntegrationTest
@WithMockUser(username = "thuky", roles = Roles.SECRETARIAT)
class PlanImportTest {

    private static final String PROCEDURES = "Cải cách thủ tục hành chính";
    /** Today, taken when each test starts (not when the class loads: a run may cross midnight). */
    private final LocalDate today = LocalDate.now(PortalTime.ZONE);

    @Autowired
    PlanImportService imports;

    @Autowired
    TaskQueryService queries;

    @Autowired
    TaskHistoryService taskHistory;

    @Autowired
    TaskListService taskList;

    @Autowired
    TestTasks testTasks;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_filled_plan_is_previewed_saves_nothing_until_confirmed_then_every_row_is_a_task() {
        PlanFiles plan = new PlanFiles()
                .task("Công bố danh mục thủ tục hành chính nội bộ năm 2026", PROCEDURES, "UBND tỉnh Quảng Ninh")
                .set(PlanColumn.SUPPORT, "Bộ Tư pháp; TP.HCM")
                .task("Rà soát quy trình nội bộ giải quyết thủ tục hành chính năm 2026", PROCEDURES, "Tất cả các tỉnh")
                .task("Cắt giảm quy định kinh doanh thuộc phạm vi quản lý năm 2026", PROCEDURES, "Bộ TC");

        PlanPreview preview = imports.preview(plan.incoming("ke-hoach-2026.xlsx"));

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.count(PlanAction.CREATE)).isEqualTo(3);
        assertThat(preview.lines()).extracting(PlanLine::lead)
                .containsExactly("Tỉnh Quảng Ninh", "Tất cả các tỉnh", "Bộ Tài chính");
        assertThat(tasksTitled("Công bố danh mục thủ tục hành chính nội bộ năm 2026")).isEmpty();

        PlanPreview done = imports.confirm(preview);

        assertThat(done.count(PlanAction.CREATE)).isEqualTo(3);
        List<TaskRow> quangNinh = tasksTitled("Công bố danh mục thủ tục hành chính nội bộ năm 2026");
        assertThat(quangNinh).singleElement().satisfies(row -> {
            assertThat(row.leadAgency().vi()).isEqualTo("Tỉnh Quảng Ninh");
            assertThat(row.deadline()).isEqualTo(LocalDate.of(2026, 6, 30));
            assertThat(row.assignedOn()).isEqualTo(LocalDate.of(2026, 1, 15));
        });
        TaskDetails details = queries.details(quangNinh.getFirst().id());
        assertThat(details.supportAgencies()).extracting(name -> name.vi())
                .containsExactlyInAnyOrder("Bộ Tư pháp", "Thành phố Hồ Chí Minh");
        assertThat(details.document().number()).isEqualTo("18/KH-BCĐCCHC");
        assertThat(taskHistory.history(quangNinh.getFirst().id())).extracting(TaskHistoryEntry::type)
                .containsExactly(TaskEventType.ASSIGNED);
        assertThat(tasksTitled("Rà soát quy trình nội bộ giải quyết thủ tục hành chính năm 2026")).hasSize(activeOnDocumentDate(AgencyGroup.PROVINCES));
    }

    @Test
    void every_problem_names_its_row_and_column_in_vietnamese_and_nothing_is_saved() {
        PlanFiles plan = new PlanFiles()
                .task("Kiểm tra công tác cải cách hành chính tại các sở, ngành", "Công tác chỉ đạo, điều hành", "Tỉnh Quảng Ninhh")
                .task("Đánh giá chất lượng cung cấp dịch vụ công trực tuyến", "Phát triển du lịch", "Tỉnh Lào Cai")
                .task("Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", PROCEDURES, "Tỉnh Lào Cai")
                .set(PlanColumn.DEADLINE, "31/13/2026")
                .task("Đào tạo kỹ năng số cho công chức cấp xã", "Cải cách chế độ công vụ", "Tỉnh Lào Cai")
                .set(PlanColumn.DEADLINE, LocalDate.of(2025, 12, 31))
                .task("", PROCEDURES, "Tỉnh Lào Cai")
                .task("Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", PROCEDURES, "Tỉnh Lào Cai")
                .task("Rà soát, sắp xếp đơn vị sự nghiệp công lập", "Cải cách tổ chức bộ máy", "Bộ Kế hoạch và Đầu tư");

        PlanPreview preview = imports.preview(plan.incoming("ke-hoach-loi.xlsx"));

        assertThat(preview.confirmable()).isFalse();
        assertThat(preview.problems()).extracting(RowProblem::row, RowProblem::column, RowProblem::messageKey)
                .containsExactly(
                        tuple(2, PlanColumn.LEAD.header(), "plan.error.agencyUnknown"),
                        tuple(3, PlanColumn.AREA.header(), "plan.error.area"),
                        tuple(4, PlanColumn.DEADLINE.header(), "plan.error.date"),
                        tuple(5, PlanColumn.DEADLINE.header(), "plan.error.deadlineBeforeDocument"),
                        tuple(6, PlanColumn.TITLE.header(), "validation.required"),
                        tuple(7, PlanColumn.TITLE.header(), "plan.error.duplicate"),
                        tuple(8, PlanColumn.LEAD.header(), "plan.error.agencyInactive"));
        assertThat(preview.problems().getFirst().arguments()).first().isEqualTo("Tỉnh Quảng Ninhh");
        assertThat((String) preview.problems().getFirst().arguments().get(1)).startsWith("Tỉnh Quảng Ninh; ");
        assertThat(preview.problems().get(3).arguments()).containsExactly("31/12/2025", "15/01/2026");
        assertThat(preview.problems().get(5).arguments()).containsExactly(4);
        assertThat(preview.problems().get(6).arguments()).containsExactly("Bộ Kế hoạch và Đầu tư", "15/01/2026");

        PlanPreview confirmed = imports.confirm(preview);

        assertThat(confirmed.problems()).hasSize(7);
        assertThat(tasksTitled("Kiểm tra công tác cải cách hành chính tại các sở, ngành")).isEmpty();
        assertThat(tasksTitled("Đào tạo kỹ năng số cho công chức cấp xã")).isEmpty();
    }

    @Test
    void the_same_file_imported_twice_changes_nothing_the_second_time() {
        PlanFiles plan = new PlanFiles()
                .task("Triển khai dịch vụ công trực tuyến toàn trình cho thủ tục đất đai năm 2026", "Xây dựng và phát triển Chính phủ điện tử, Chính phủ số", "Tỉnh Ninh Bình")
                .task("Tuyên truyền về cải cách hành chính trên sóng phát thanh năm 2026", "Công tác chỉ đạo, điều hành", "Tất cả các bộ");
        imports.confirm(imports.preview(plan.incoming("lan-1.xlsx")));
        long ninhBinh = tasksTitled("Triển khai dịch vụ công trực tuyến toàn trình cho thủ tục đất đai năm 2026").size();

        PlanPreview again = imports.preview(plan.incoming("lan-2.xlsx"));

        assertThat(again.problems()).isEmpty();
        assertThat(again.count(PlanAction.UNCHANGED)).isEqualTo(2);
        assertThat(again.confirmable()).isFalse();
        imports.confirm(again);
        assertThat(tasksTitled("Triển khai dịch vụ công trực tuyến toàn trình cho thủ tục đất đai năm 2026")).hasSize((int) ninhBinh).hasSize(1);
        assertThat(tasksTitled("Tuyên truyền về cải cách hành chính trên sóng phát thanh năm 2026")).hasSize(activeOnDocumentDate(AgencyGroup.MINISTRIES));
    }

    @Test
    void an_exported_task_list_imports_back_unchanged() throws Exception {
        TaskFilter quangNinh = new TaskFilter(today, testTasks.agencyId("quang-ninh"), null, null, null, null, null, null, null);
        ResourceBundle vietnamese = ResourceBundle.getBundle("vaadin-i18n.translations", Locale.of("vi"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long written = SpreadsheetWriter.write(out, "Nhiệm vụ", TaskRowColumns.of(vietnamese::getString, Locale.of("vi")),
                sink -> taskList.forEachRow(quangNinh, sink));
        assertThat(written).isGreaterThan(300);

        PlanPreview preview = imports.preview(SampleFiles.incoming("nhiem-vu.xlsx", out.toByteArray()));

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.count(PlanAction.UNCHANGED)).isEqualTo(written);
    }

    @Test
    void a_row_with_a_task_code_updates_its_texts_but_its_deadline_changes_only_by_extension() {
        long id = testTasks.assignTo("ninh-binh-2025", "Kiện toàn tổ chức bộ máy các cơ quan chuyên môn", LocalDate.of(2026, 2, 2),
                LocalDate.of(2026, 9, 30));
        PlanFiles plan = new PlanFiles()
                .task("Kiện toàn tổ chức bộ máy các cơ quan chuyên môn thuộc UBND tỉnh", PROCEDURES, "Tỉnh Ninh Bình")
                .set(PlanColumn.CODE, String.valueOf(id)).set(PlanColumn.DEADLINE, LocalDate.of(2026, 9, 30))
                .set(PlanColumn.DOCUMENT, "123/QĐ-BCĐCCHC").set(PlanColumn.DOCUMENT_DATE, LocalDate.of(2026, 2, 2))
                .set(PlanColumn.PRODUCT, "Quyết định kiện toàn của UBND tỉnh");

        PlanPreview preview = imports.preview(plan.incoming("cap-nhat.xlsx"));
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.lines()).singleElement().extracting(PlanLine::action, PlanLine::taskId)
                .containsExactly(PlanAction.UPDATE, id);
        imports.confirm(preview);

        TaskDetails details = queries.details(id);
        assertThat(details.title()).isEqualTo("Kiện toàn tổ chức bộ máy các cơ quan chuyên môn thuộc UBND tỉnh");
        assertThat(details.product()).isEqualTo("Quyết định kiện toàn của UBND tỉnh");

        plan.set(PlanColumn.DEADLINE, LocalDate.of(2026, 12, 31));
        assertThat(imports.preview(plan.incoming("gia-han.xlsx")).problems())
                .extracting(RowProblem::column, RowProblem::messageKey)
                .containsExactly(tuple(PlanColumn.DEADLINE.header(), "plan.error.deadlineChanged"));
    }

    @Test
    void a_file_that_is_not_a_spreadsheet_is_refused_with_its_reason() {
        assertThatThrownBy(() -> imports.preview(SampleFiles.incoming("ke-hoach.xlsx", SampleFiles.pdf())))
                .isInstanceOf(ValidationException.class).hasFieldOrPropertyWithValue("messageKey", "spreadsheet.notXlsx");
    }

    /**
     * Every agency of the group active on the plan files' document date, 15/01/2026: the registry's 34 provinces and
     * 17 ministry-level agencies after the 2025 merges, and the agencies other test classes added that are active on
     * that day, read from the table itself.
     */
    private int activeOnDocumentDate(AgencyGroup group) {
        int seeded = group == AgencyGroup.PROVINCES ? 34 : 17;
        List<String> kinds = group == AgencyGroup.PROVINCES ? List.of("PROVINCE", "CITY") : List.of("MINISTRY", "MINISTERIAL_AGENCY");
        Integer addedByTests = new NamedParameterJdbcTemplate(jdbc).queryForObject("""
                SELECT COUNT(*) FROM agency WHERE kind IN (:kinds) AND code NOT IN (:seed)
                  AND (valid_from IS NULL OR valid_from <= '2026-01-15') AND (valid_to IS NULL OR valid_to >= '2026-01-15')""",
                new MapSqlParameterSource("kinds", kinds).addValue("seed", SeedAgencies.codes()), Integer.class);
        return seeded + addedByTests;
    }

    private List<TaskRow> tasksTitled(String title) {
        return taskList.page(new TaskFilter(today, null, null, null, null, null, null, null, title), 0, 500).stream()
                .filter(row -> row.title().equals(title)).toList();
    }
}
