package vn.gov.cchc.portal.user.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import vn.gov.cchc.portal.security.Roles;
import vn.gov.cchc.portal.support.IntegrationTest;
import vn.gov.cchc.portal.user.UserAdminService;
import vn.gov.cchc.portal.user.UserFilter;

@IntegrationTest
@WithMockUser(roles = Roles.ADMIN)
class UserListViewTest extends SpringBrowserlessTest {

    @Autowired
    UserAdminService users;

    @Test
    void a_too_short_password_is_shown_on_the_password_field_and_nothing_is_saved() {
        Dialog dialog = openNewUserDialog("nguoi.moi.1", "matkhau");
        PasswordField password = find(PasswordField.class).from(dialog).single();

        test(find(Button.class).from(dialog).withText("Lưu").single()).click();

        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo("Mật khẩu phải có ít nhất 12 ký tự.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(users.list(new UserFilter("nguoi.moi.1", null, null))).isEmpty();
    }

    @Test
    void a_duplicate_user_name_is_shown_on_the_user_name_field() {
        Dialog dialog = openNewUserDialog("vanphong", "Mot-Mat-Khau-Rat-Dai-1");
        test(find(Button.class).from(dialog).withText("Lưu").single()).click();

        TextField username = find(TextField.class).from(dialog).withCaption("Tên đăng nhập").single();
        assertThat(username.isInvalid()).isTrue();
        assertThat(username.getErrorMessage()).isEqualTo("Tên đăng nhập \"vanphong\" đã tồn tại.");
    }

    @Test
    void admin_creates_a_secretariat_user() {
        Dialog dialog = openNewUserDialog("thuky.moi", "Mot-Mat-Khau-Rat-Dai-1");
        test(find(Button.class).from(dialog).withText("Lưu").single()).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(users.list(new UserFilter("thuky.moi", null, null))).singleElement()
                .satisfies(user -> assertThat(user.fullName()).isEqualTo("Nguyễn Văn Thử"));
    }

    private Dialog openNewUserDialog(String username, String password) {
        navigate(UserListView.class);
        test(find(Button.class).withText("Thêm người dùng").single()).click();
        Dialog dialog = find(Dialog.class).single();
        test(find(TextField.class).from(dialog).withCaption("Tên đăng nhập").single()).setValue(username);
        test(find(TextField.class).from(dialog).withCaption("Họ và tên").single()).setValue("Nguyễn Văn Thử");
        @SuppressWarnings("unchecked")
        CheckboxGroup<Object> roles = find(CheckboxGroup.class).from(dialog).single();
        test(roles).selectItem("Văn phòng Ban Chỉ đạo");
        test(find(PasswordField.class).from(dialog).single()).setValue(password);
        return dialog;
    }
}
