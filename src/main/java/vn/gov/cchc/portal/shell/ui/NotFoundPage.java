package vn.gov.cchc.portal.shell.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A page that does not exist, a record that is gone, or (in production mode) a page the user may not open: the
 * same answer for all three, so that nobody learns which pages exist.
 */
@AnonymousAllowed
class NotFoundPage extends ErrorPage implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        show("error.page.notFound.title", "error.page.notFound.text");
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
