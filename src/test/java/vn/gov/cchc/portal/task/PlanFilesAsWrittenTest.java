package vn.gov.cchc.portal.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import vn.gov.cchc.portal.common.DocumentRef;
import vn.gov.cchc.portal.security.Roles;
import vn.gov.cchc.portal.spreadsheet.RowProblem;
import vn.gov.cchc.portal.support.IntegrationTest;
import vn.gov.cchc.portal.support.SampleFiles;

/**
 * The plan reader reads plans as they are written, on six files written by hand ({@code src/test/resources/plans},
 * made by {@code make-plans.py}; one saved again by LibreOffice Calc): the template's columns under a merged caption;
 * a plan "as written" with section rows, the columns' other names, deadlines as periods and the document once in the
 * caption; sections without numerals and the document typed at upload; shuffled columns under an unmerged caption;
 * and a plan with mistakes, each said on its row and column. Previews only: nothing is saved.
 */
@IntegrationTest
@WithMockUser(username = "thuky", roles = Roles.SECRETARIAT)
class PlanFilesAsWrittenTest {

    @Autowired
    PlanImportService imports;

    @Test
    void the_template_under_a_merged_caption_block_reads_like_the_template() throws IOException {
        PlanPreview preview = preview("ke-hoach-2024-mau-tieu-de-gop.xlsx", DocumentRef.NONE);

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.lines()).extracting(PlanLine::row, PlanLine::lead, PlanLine::deadline).containsExactly(
                tuple(6, "Văn phòng Chính phủ", LocalDate.of(2024, 6, 30)),
                tuple(7, "Bộ Nội vụ", LocalDate.of(2024, 9, 30)),
                tuple(8, PlanColumn.ALL_PROVINCES, LocalDate.of(2024, 12, 31)));
    }

    @Test
    void a_plan_as_written_reads_its_sections_periods_directives_and_the_document_of_its_caption() throws IOException {
        for (String file : new String[] {"ke-hoach-2024-nhu-van-ban.xlsx", "ke-hoach-2024-libreoffice-calc.xlsx"}) {
            PlanPreview preview = preview(file, DocumentRef.NONE);

            assertThat(preview.problems()).as(file).isEmpty();
            assertThat(preview.lines()).as(file).extracting(PlanLine::title, PlanLine::area, PlanLine::lead, PlanLine::deadline,
                    PlanLine::deadlineWritten).containsExactly(
                    tuple("Rà soát, hệ thống hóa văn bản quy phạm pháp luật về tổ chức bộ máy", ReformArea.INSTITUTIONS,
                            "Bộ Tư pháp", LocalDate.of(2024, 12, 31), "Quý IV/2024"),
                    tuple("Theo dõi tình hình thi hành pháp luật về xử lý vi phạm hành chính", ReformArea.INSTITUTIONS,
                            "Bộ Tư pháp", LocalDate.of(2024, 6, 30), "6 tháng đầu năm"),
                    tuple("Cắt giảm, đơn giản hóa quy định liên quan đến hoạt động kinh doanh", ReformArea.PROCEDURES,
                            PlanColumn.ALL_MINISTRIES, LocalDate.of(2024, 6, 30), "Tháng 6/2024"),
                    tuple("Thực hiện thủ tục hành chính trên môi trường điện tử", ReformArea.PROCEDURES,
                            PlanColumn.ALL_PROVINCES, LocalDate.of(2024, 12, 31), "Năm 2024"),
                    tuple("Vận hành Cổng Dịch vụ công quốc gia", ReformArea.DIGITAL_GOVERNMENT, "Văn phòng Chính phủ", null,
                            "Thường xuyên"));
            assertThat(preview.count(PlanAction.CREATE)).isEqualTo(5);
        }
    }

    @Test
    void sections_without_numerals_take_the_document_typed_at_upload() throws IOException {
        PlanPreview without = preview("ke-hoach-2024-muc-khong-danh-so.xlsx", DocumentRef.NONE);
        assertThat(without.problems()).extracting(RowProblem::messageKey).containsOnly("plan.error.documentMissing");

        PlanPreview typed = preview("ke-hoach-2024-muc-khong-danh-so.xlsx",
                new DocumentRef("14/KH-BCĐ", LocalDate.of(2023, 12, 29), "Nguyễn Văn Thử"));
        assertThat(typed.problems()).isEmpty();
        assertThat(typed.lines()).extracting(PlanLine::area, PlanLine::lead, PlanLine::deadline).containsExactly(
                tuple(ReformArea.APPARATUS, "Bộ Nội vụ", LocalDate.of(2024, 6, 30)),
                tuple(ReformArea.PUBLIC_FINANCE, "Bộ Tài chính", LocalDate.of(2024, 11, 15)),
                tuple(ReformArea.DIRECTION, "Bộ Nội vụ", LocalDate.of(2024, 12, 31)));
    }

    @Test
    void columns_in_another_order_under_an_unmerged_caption_read_with_the_document_of_the_caption() throws IOException {
        PlanPreview preview = preview("ke-hoach-2024-cot-khac-thu-tu.xlsx", DocumentRef.NONE);

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.lines()).extracting(PlanLine::row, PlanLine::area, PlanLine::deadline).containsExactly(
                tuple(8, ReformArea.CIVIL_SERVICE, LocalDate.of(2024, 3, 31)),
                tuple(9, ReformArea.CIVIL_SERVICE, LocalDate.of(2024, 9, 30)));
    }

    @Test
    void each_mistake_is_said_on_its_row_and_column() throws IOException {
        PlanPreview preview = preview("ke-hoach-2024-co-loi.xlsx", DocumentRef.NONE);

        assertThat(preview.problems()).extracting(RowProblem::row, RowProblem::column, RowProblem::messageKey).containsExactly(
                tuple(6, "Thời hạn hoàn thành", "plan.error.period"),
                tuple(7, "Nội dung nhiệm vụ", "plan.error.section"),
                tuple(8, "Thời hạn hoàn thành", "plan.error.deadlineBeforeDocument"),
                tuple(9, "Cơ quan chủ trì", "plan.error.agencyUnknown"));
        assertThat(preview.confirmable()).isFalse();
    }

    private PlanPreview preview(String file, DocumentRef document) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/plans/" + file)) {
            return imports.preview(SampleFiles.incoming(file, in.readAllBytes()), document);
        }
    }
}
