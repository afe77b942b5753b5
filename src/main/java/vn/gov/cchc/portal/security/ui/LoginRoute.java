package vn.gov.cchc.portal.security.ui;

import com.vaadin.flow.component.Component;

/** Hands the (package-private) sign-in view to the security configuration. */
public final class LoginRoute {

    private LoginRoute() {
    }

    public static Class<? extends Component> view() {
        return LoginView.class;
    }
}
