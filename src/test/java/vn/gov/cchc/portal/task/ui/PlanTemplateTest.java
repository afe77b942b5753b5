package vn.gov.cchc.portal.task.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import vn.gov.cchc.portal.agency.AgencyFilter;
import vn.gov.cchc.portal.agency.AgencyGroup;
import vn.gov.cchc.portal.agency.AgencyService;
import vn.gov.cchc.portal.agency.AgencySummary;
import vn.gov.cchc.portal.security.Roles;
import vn.gov.cchc.portal.support.IntegrationTest;
import vn.gov.cchc.portal.support.SeedAgencies;
import vn.gov.cchc.portal.task.PlanColumn;

/** The secretariat downloads the plan template: the plan's columns, the lists to choose from, the instructions. */
@IntegrationTest
class PlanTemplateTest extends SpringBrowserlessTest {

    @Autowired
    AgencyService agencies;

    @Test
    @WithMockUser(roles = Roles.SECRETARIAT)
    void the_template_lists_the_34_provinces_and_17_ministries_of_today_and_the_two_directives() throws Exception {
        List<AgencySummary> active = agencies.list(new AgencyFilter(null, null, LocalDate.of(2026, 12, 3), null));
        // other test classes add agencies of their own: the registry's own are those of its seed
        List<String> seed = SeedAgencies.codes();
        assertThat(active.stream().filter(a -> seed.contains(a.code()) && a.kind().group() == AgencyGroup.PROVINCES)).hasSize(34);
        assertThat(active.stream().filter(a -> seed.contains(a.code()) && a.kind().group() == AgencyGroup.MINISTRIES)).hasSize(17);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        PlanTemplate.write(out, active, new PlanTemplate.Texts(List.of("Cải cách thể chế", "Cải cách thủ tục hành chính"),
                List.of("Mỗi dòng là một nhiệm vụ."), "Nhập ngày dạng dd/mm/yyyy.", "Chọn một giá trị trong danh sách."));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet plan = workbook.getSheet("Kế hoạch");
            Row header = plan.getRow(0);
            assertThat(Arrays.stream(PlanColumn.values()).map(c -> header.getCell(c.ordinal()).getStringCellValue()))
                    .containsExactly("STT", "Mã nhiệm vụ", "Nội dung nhiệm vụ", "Lĩnh vực", "Cơ quan chủ trì", "Cơ quan phối hợp",
                            "Thời hạn hoàn thành", "Sản phẩm", "Văn bản giao (số, ký hiệu)", "Ngày văn bản", "Người ký", "Ghi chú");
            assertThat(plan.getPaneInformation().isFreezePane()).isTrue();
            List<? extends DataValidation> validations = plan.getDataValidations();
            assertThat(validations).extracting(v -> v.getValidationConstraint().getFormula1())
                    .contains("'Danh mục'!$A$2:$A$3", "'Danh mục'!$B$2:$B$" + (active.size() + 3));

            Sheet lists = workbook.getSheet("Danh mục");
            assertThat(lists.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Tất cả các tỉnh");
            assertThat(lists.getRow(2).getCell(1).getStringCellValue()).isEqualTo("Tất cả các bộ");
            assertThat(lists.getLastRowNum()).isEqualTo(active.size() + 2);
            assertThat(workbook.getSheet("Hướng dẫn").getRow(0).getCell(0).getStringCellValue()).isEqualTo("Mỗi dòng là một nhiệm vụ.");
        }
    }
}
