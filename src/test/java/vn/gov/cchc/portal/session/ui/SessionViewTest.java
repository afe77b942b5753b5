package vn.gov.cchc.portal.session.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import vn.gov.cchc.portal.security.Roles;
import vn.gov.cchc.portal.security.SystemAuthentication;
import vn.gov.cchc.portal.session.SessionDetails;
import vn.gov.cchc.portal.session.SessionDraft;
import vn.gov.cchc.portal.session.SessionFilter;
import vn.gov.cchc.portal.session.SessionService;
import vn.gov.cchc.portal.session.SessionSummary;
import vn.gov.cchc.portal.support.DialogButtons;
import vn.gov.cchc.portal.support.IntegrationTest;
import vn.gov.cchc.portal.support.TestSessions;

@IntegrationTest
class SessionViewTest extends SpringBrowserlessTest {

    @Autowired
    SessionService sessions;

    @Autowired
    TestSessions testSessions;

    @Test
    @WithMockUser(roles = Roles.COMMITTEE_MEMBER)
    void committee_member_reads_the_fifth_session_without_any_edit_action() {
        long fifth = sessionNumber(5).id();
        navigate(SessionView.class, fifth);

        assertThat(find(H2.class).first().getText()).startsWith("Phiên họp thứ 5:");
        assertThat(find(Button.class).withText("Sửa").exists()).isFalse();
        assertThat(find(Button.class).withText("Ban hành thông báo kết luận").exists()).isFalse();
        TabSheet tabs = find(TabSheet.class).single();
        tabs.setSelectedIndex(4);
        assertThat(test(find(Grid.class).from(tabs.getComponent(tabs.getTabAt(4))).single()).size()).isEqualTo(6);
    }

    @Test
    @WithMockUser(roles = Roles.AGENCY_OFFICER)
    void agency_officer_reads_the_session_list() {
        SessionListView view = navigate(SessionListView.class);
        assertThat(test(find(Grid.class).from(view).single()).size()).isGreaterThanOrEqualTo(2);
        assertThat(find(Button.class).withText("Tạo phiên họp").exists()).isFalse();
    }

    @Test
    @WithMockUser(roles = Roles.SECRETARIAT)
    void a_duplicate_number_is_shown_on_the_number_field_and_the_typed_title_is_kept() {
        navigate(SessionListView.class);
        test(find(Button.class).withText("Tạo phiên họp").single()).click();
        Dialog dialog = find(Dialog.class).single();
        test(find(IntegerField.class).from(dialog).single()).setValue(5);
        TextField title = find(TextField.class).from(dialog).withCaption("Tiêu đề").single();
        test(title).setValue("Phiên họp trùng số");
        test(find(DateTimePicker.class).from(dialog).single()).setValue(LocalDateTime.of(2026, 12, 20, 8, 0));
        clickSave(dialog);

        IntegerField number = find(IntegerField.class).from(dialog).single();
        assertThat(number.isInvalid()).isTrue();
        assertThat(number.getErrorMessage()).isEqualTo("Phiên họp thứ 5 của nhiệm kỳ 2021-2026 đã tồn tại.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(title.getValue()).isEqualTo("Phiên họp trùng số");
    }

    @Test
    @WithMockUser(roles = Roles.SECRETARIAT)
    void the_second_of_two_editors_gets_a_conflict_message_and_keeps_what_they_typed() {
        SessionDetails session = testSessions.create();
        navigate(SessionView.class, session.id());
        test(find(Button.class).withText("Sửa").single()).click();
        Dialog dialog = find(Dialog.class).single();
        TextField title = find(TextField.class).from(dialog).withCaption("Tiêu đề").single();
        test(title).setValue("Bản sửa của người thứ hai");

        SessionDraft other = session.details();
        SystemAuthentication.runAsSystem(() -> sessions.update(session.id(), session.version(), new SessionDraft(
                other.term(), other.number(), "Bản sửa của người thứ nhất", other.kind(), other.startsAt(),
                other.chair(), other.form(), other.hostLocation(), other.periodFrom(), other.periodTo(),
                other.cutoffDate())));
        clickSave(dialog);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(title.getValue()).isEqualTo("Bản sửa của người thứ hai");
        assertThat(test(find(Notification.class).last()).getText()).startsWith("Dữ liệu này vừa được người khác thay đổi");
        assertThat(sessions.get(session.id()).title()).isEqualTo("Bản sửa của người thứ nhất");
    }

    private void clickSave(Dialog dialog) {
        test(DialogButtons.footerButton(dialog, "Lưu")).click();
    }

    private SessionSummary sessionNumber(int number) {
        return sessions.list(SessionFilter.all()).stream()
                .filter(s -> s.number() == number && s.term().equals("2021-2026")).findFirst().orElseThrow();
    }
}
