package vn.gov.cchc.portal.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import java.util.EnumSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.gov.cchc.portal.common.ui.LanguagePreference;
import vn.gov.cchc.portal.common.ui.UiLocale;
import vn.gov.cchc.portal.security.PortalUser;
import vn.gov.cchc.portal.security.Role;
import vn.gov.cchc.portal.support.IntegrationTest;
import vn.gov.cchc.portal.support.TestUsers;
import vn.gov.cchc.portal.user.UserSummary;

/**
 * A user's language is kept with the account: switching keeps it; a language the portal does not have (set outside the
 * portal) reads as Vietnamese and is said once, on the next page, and not again.
 */
@IntegrationTest
class LanguagePreferenceTest extends SpringBrowserlessTest {

    @Autowired
    TestUsers testUsers;
    @Autowired
    LanguagePreference language;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void switching_keeps_the_language_with_the_account() {
        UserSummary user = testUsers.create(Role.AGENCY_OFFICER, "ha-noi");
        signInAs(user);
        navigate("", Component.class);

        UiLocale.switchTo(UiLocale.ENGLISH);

        assertThat(language.stored()).contains("en");
        assertThat(jdbc.queryForObject("SELECT language FROM user_account WHERE username = ?", String.class, user.username()))
                .isEqualTo("en");
    }

    @Test
    void a_language_the_portal_does_not_have_is_said_once_and_vietnamese_is_kept() {
        UserSummary user = testUsers.create(Role.AGENCY_OFFICER, "ha-noi");
        jdbc.update("UPDATE user_account SET language = 'fr' WHERE username = ?", user.username());
        signInAs(user);

        navigate("", Component.class);

        assertThat(find(Notification.class).all()).extracting(notification -> test(notification).getText())
                .contains("Ngôn ngữ “fr” của tài khoản không có trong cổng; cổng dùng tiếng Việt.");
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("vi");
        assertThat(language.stored()).contains("vi");
        find(Notification.class).all().forEach(Notification::close);

        navigate("sessions", Component.class);
        navigate("", Component.class);
        assertThat(find(Notification.class).all()).extracting(notification -> test(notification).getText())
                .noneMatch(text -> text.startsWith("Ngôn ngữ “fr”"));
    }

    private void signInAs(UserSummary user) {
        PortalUser principal = new PortalUser(user.id(), user.username(), "", true, user.fullName(),
                jdbc.queryForObject("SELECT agency_id FROM user_account WHERE username = ?", Long.class, user.username()),
                EnumSet.of(Role.AGENCY_OFFICER));
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                principal, null, principal.getAuthorities()));
    }
}
