package vn.gov.cchc.portal.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import vn.gov.cchc.portal.notification.AgencyFollower;
import vn.gov.cchc.portal.notification.ReminderRules;
import vn.gov.cchc.portal.notification.ReminderSettingsService;
import vn.gov.cchc.portal.security.Roles;
import vn.gov.cchc.portal.security.SystemAuthentication;
import vn.gov.cchc.portal.support.IntegrationTest;

/**
 * The secretariat sets the reminder rules on their screen — a mistyped day or rules that cannot work are refused on
 * their field, nothing saved — and gives agencies to the officer who follows them.
 */
@IntegrationTest
@WithMockUser(roles = Roles.SECRETARIAT)
class ReminderRulesViewTest extends SpringBrowserlessTest {

    @Autowired
    ReminderSettingsService settings;

    @AfterEach
    void defaults() {
        SystemAuthentication.runAsSystem(() -> {
            settings.update(ReminderRules.DEFAULTS, settings.current().version());
            List<Long> followed = settings.followersByAgency().keySet().stream().toList();
            if (!followed.isEmpty()) {
                settings.assignFollower(followed, null);
            }
        });
    }

    @Test
    void the_secretariat_changes_the_rules_and_a_mistake_is_shown_on_its_field() {
        navigate(ReminderRulesView.class);
        TextField daysBefore = find(TextField.class).withCaption("Nhắc trước hạn (ngày)").single();
        IntegerField leaders = find(IntegerField.class).withCaption("Quá hạn từ bao nhiêu ngày thì nhắc cả lãnh đạo cơ quan").single();
        IntegerField follower = find(IntegerField.class)
                .withCaption("Quá hạn từ bao nhiêu ngày thì nhắc cả cán bộ Văn phòng theo dõi").single();
        assertThat(daysBefore.getValue()).isEqualTo("7, 3");
        long version = settings.current().version();

        test(daysBefore).setValue("7, ba");
        test(find(Button.class).withText("Lưu").single()).click();
        assertThat(daysBefore.isInvalid()).isTrue();
        assertThat(daysBefore.getErrorMessage()).isEqualTo("Hãy nhập các số ngày cách nhau bằng dấu phẩy, ví dụ 7, 3.");

        test(daysBefore).setValue("10, 3");
        test(leaders).setValue(20);
        test(follower).setValue(10);
        test(find(Button.class).withText("Lưu").single()).click();
        assertThat(follower.isInvalid()).isTrue();
        assertThat(follower.getErrorMessage()).startsWith("Cán bộ Văn phòng được nhắc sau lãnh đạo cơ quan");
        assertThat(settings.current().version()).as("nothing saved").isEqualTo(version);

        test(follower).setValue(45);
        test(find(Button.class).withText("Lưu").single()).click();
        assertThat(settings.current().rules()).isEqualTo(new ReminderRules(List.of(10, 3), true, 7, 20, 45, 5, 5));
    }

    @Test
    void agencies_are_given_to_the_officer_who_follows_them() {
        navigate(ReminderRulesView.class);
        @SuppressWarnings("unchecked")
        Grid<AgencyFollower> grid = find(Grid.class).withClassName("followers-grid").single();
        List<AgencyFollower> rows = grid.getGenericDataView().getItems().toList();
        List<AgencyFollower> chosen = rows.stream().filter(row -> List.of("Tỉnh Cao Bằng", "Tỉnh Lạng Sơn")
                .contains(row.agency().label().vi())).toList();
        assertThat(chosen).hasSize(2);
        chosen.forEach(grid::select);
        @SuppressWarnings("unchecked")
        ComboBox<String> follower = find(ComboBox.class).withCaption("Cán bộ theo dõi").single();
        test(follower).selectItem("vanphong");
        test(find(Button.class).withText("Giao theo dõi các cơ quan đã chọn").single()).click();

        assertThat(settings.followersByAgency()).containsEntry(chosen.get(0).agency().id(), "vanphong")
                .containsEntry(chosen.get(1).agency().id(), "vanphong");
        assertThat(grid.getGenericDataView().getItems().filter(row -> "vanphong".equals(row.username())).count()).isEqualTo(2);
    }
}
