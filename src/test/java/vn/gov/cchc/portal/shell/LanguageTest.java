package vn.gov.cchc.portal.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;
import vn.gov.cchc.portal.security.Roles;
import vn.gov.cchc.portal.support.IntegrationTest;

@IntegrationTest
@WithMockUser(roles = Roles.ADMIN)
class LanguageTest extends SpringBrowserlessTest {

    @Test
    void vietnamese_is_the_default_language() {
        navigate("", Component.class);
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("vi");
        assertThat(DrawerMenuLabels.of(find(Html.class).all()))
                .containsExactly("Trang chủ", "Số liệu tổng hợp", "Số liệu chỉ tiêu", "Chỉ số công bố", "Hồ sơ cơ quan, địa phương", "Phiên họp", "Kế hoạch của các cơ quan", "Nhiệm vụ", "Nhiệm vụ có nguy cơ chậm", "Báo cáo tóm tắt", "Kiểm tra cải cách hành chính",
                        "Chỉ tiêu báo cáo", "Đợt báo cáo số liệu", "Quy tắc nhắc việc", "Quy tắc cảnh báo sớm", "Cơ quan, địa phương", "Người dùng", "Sao lưu dữ liệu", "Thư điện tử", "Khóa truy cập API", "Người ký văn bản");
    }

    @Test
    void english_shows_the_views_texts_in_english() {
        // switching reloads the page in a browser; here the next view is simply built in the new locale
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("admin/users", Component.class);
        assertThat(find(H2.class).first().getText()).isEqualTo("Users");
        assertThat(find(Button.class).withText("Add user").exists()).isTrue();
    }
}
