package vn.gov.cchc.portal.shell.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A page the user's roles do not open looks exactly like a page that does not exist (as in production mode, where
 * Vaadin reports a refusal as "not found"), so that nobody learns which pages exist.
 */
@AnonymousAllowed
class AccessDeniedPage extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        show("error.page.notFound.title", "error.page.notFound.text");
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
