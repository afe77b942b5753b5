package vn.gov.cchc.portal.shell.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import vn.gov.cchc.portal.common.Failures;

/**
 * A page that failed to open: the database being unreachable says so (try again shortly); anything else gets an
 * incident reference that is also in the log.
 */
@AnonymousAllowed
class FailurePage extends ErrorPage implements HasErrorParameter<Exception> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        Exception failure = parameter.getCaughtException();
        if (Failures.notFoundOrRefused(failure)) {
            // a service refused or did not find what the page would show: the answer for a page that does not exist
            show("error.page.notFound.title", "error.page.notFound.text");
            return HttpServletResponse.SC_NOT_FOUND;
        }
        if (Failures.databaseUnavailable(failure)) {
            Incidents.logDatabaseUnavailable(failure);
            show("error.page.database.title", "error.database");
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        show("error.page.failed.title", "error.unexpected", Incidents.log(failure));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
