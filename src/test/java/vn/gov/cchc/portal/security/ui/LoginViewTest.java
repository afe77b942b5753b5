package vn.gov.cchc.portal.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.web.WebAttributes;
import vn.gov.cchc.portal.security.SignInBusyException;
import vn.gov.cchc.portal.support.IntegrationTest;

/** What the sign-in page says after a refused sign-in. */
@IntegrationTest
class LoginViewTest extends SpringBrowserlessTest {

    @Test
    void a_sign_in_refused_because_the_portal_is_busy_says_so_and_not_that_the_password_was_wrong() {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, new SignInBusyException());

        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("error", "")));

        LoginForm form = find(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        assertThat(form.getElement().getPropertyRaw("i18n").toString())
                .contains("Hệ thống đang bận")
                .contains("vui lòng thử lại sau vài giây")
                .doesNotContain("Sai tên đăng nhập");
    }
}
