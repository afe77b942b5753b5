package vn.gov.cchc.portal.security.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.security.web.WebAttributes;
import vn.gov.cchc.portal.common.ui.LanguageSwitch;
import vn.gov.cchc.portal.security.LoginThrottledException;
import vn.gov.cchc.portal.security.SignInBusyException;

@Route(value = "login", autoLayout = false)
@AnonymousAllowed
class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm login = new LoginForm();
    private final Paragraph notice = new Paragraph();

    LoginView() {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        notice.addClassName("login-notice");
        notice.setVisible(false);
        add(new H1(getTranslation("app.name")), new Paragraph(getTranslation("login.subtitle")), notice, login,
                new LanguageSwitch());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        LoginI18n i18n = i18n();
        if (parameters.containsKey("error")) {
            Object failure = lastFailure();
            if (failure instanceof LoginThrottledException throttled) {
                i18n.getErrorMessage().setTitle(getTranslation("login.throttled.title"));
                i18n.getErrorMessage().setMessage(getTranslation("login.throttled.message", throttled.waitSeconds()));
            } else if (failure instanceof SignInBusyException) {
                i18n.getErrorMessage().setTitle(getTranslation("login.busy.title"));
                i18n.getErrorMessage().setMessage(getTranslation("login.busy.message"));
            }
            login.setError(true);
        }
        if (parameters.containsKey("expired")) {
            notice.setText(getTranslation("login.sessionEnded"));
            notice.setVisible(true);
        }
        login.setI18n(i18n);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.pageTitle");
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        i18n.getErrorMessage().setUsername(getTranslation("login.error.usernameRequired"));
        i18n.getErrorMessage().setPassword(getTranslation("login.error.passwordRequired"));
        return i18n;
    }

    private static Object lastFailure() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? null : session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }
}
