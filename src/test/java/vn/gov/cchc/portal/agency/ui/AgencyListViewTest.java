package vn.gov.cchc.portal.agency.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import vn.gov.cchc.portal.agency.AgencyService;
import vn.gov.cchc.portal.agency.AgencySummary;
import vn.gov.cchc.portal.security.Roles;
import vn.gov.cchc.portal.support.IntegrationTest;

@IntegrationTest
class AgencyListViewTest extends SpringBrowserlessTest {

    @Autowired
    AgencyService agencies;

    @Test
    @WithMockUser(roles = Roles.ADMIN)
    void admin_finds_a_province_typing_without_diacritics() {
        AgencyListView view = navigate(AgencyListView.class);
        test(find(DatePicker.class).withCaption("Còn hoạt động vào ngày").single()).setValue(LocalDate.of(2023, 6, 21));
        test(find(TextField.class).withCaption("Tìm kiếm").single()).setValue("dak lak");

        @SuppressWarnings("unchecked")
        Grid<AgencySummary> grid = find(Grid.class).from(view).single();
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).nameVi()).isEqualTo("Tỉnh Đắk Lắk");
    }

    @Test
    @WithMockUser(roles = Roles.ADMIN)
    void admin_adding_an_agency_that_ends_before_it_starts_sees_the_error_on_the_field_and_keeps_the_form() {
        navigate(AgencyListView.class);
        test(find(Button.class).withText("Thêm cơ quan").single()).click();
        Dialog dialog = find(Dialog.class).single();
        test(find(TextField.class).from(dialog).withCaption("Mã").single()).setValue("co-quan-thu");
        test(find(TextField.class).from(dialog).withCaption("Tên tiếng Việt").single()).setValue("Cơ quan thử");
        test(find(TextField.class).from(dialog).withCaption("Tên tiếng Anh").single()).setValue("Test agency");
        @SuppressWarnings("unchecked")
        ComboBox<Object> kind = find(ComboBox.class).from(dialog).withCaption("Loại").single();
        test(kind).selectItem("Bộ");
        test(find(DatePicker.class).from(dialog).withCaption("Hiệu lực từ").single()).setValue(LocalDate.of(2026, 5, 1));
        DatePicker validTo = find(DatePicker.class).from(dialog).withCaption("Hiệu lực đến").single();
        test(validTo).setValue(LocalDate.of(2026, 4, 1));

        test(find(Button.class).from(dialog).withText("Lưu").single()).click();

        assertThat(validTo.isInvalid()).isTrue();
        assertThat(validTo.getErrorMessage()).isEqualTo("Ngày hết hiệu lực không được trước ngày bắt đầu hiệu lực.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(find(TextField.class).from(dialog).withCaption("Tên tiếng Việt").single().getValue())
                .isEqualTo("Cơ quan thử");
        assertThat(agencies.findByCode("co-quan-thu")).isEmpty();
    }

    @Test
    @WithMockUser(roles = Roles.SECRETARIAT)
    void secretariat_reads_the_registry_without_the_admin_actions() {
        navigate(AgencyListView.class);
        assertThat(find(Button.class).withText("Thêm cơ quan").exists()).isFalse();
        assertThat(find(Button.class).withText("Ghi nhận sáp nhập").exists()).isFalse();
        assertThat(test(find(Grid.class).single()).size()).isGreaterThan(100);
    }
}
