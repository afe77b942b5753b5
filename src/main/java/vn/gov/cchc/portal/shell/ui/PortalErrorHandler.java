package vn.gov.cchc.portal.shell.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import org.springframework.security.access.AccessDeniedException;
import vn.gov.cchc.portal.common.Failures;
import vn.gov.cchc.portal.common.PortalException;

/**
 * What the user sees when an action fails unexpectedly (a click, a save): a message in their language, and the
 * screen stays as it was, so that nothing typed into an open form is lost and the action can be tried again.
 * Never a stack trace.
 */
final class PortalErrorHandler implements ErrorHandler {

    static final int DURATION_MS = 10_000;

    @Override
    public void error(ErrorEvent event) {
        Throwable failure = event.getThrowable();
        UI ui = event.getComponent().flatMap(component -> component.getUI()).orElseGet(UI::getCurrent);
        String text;
        if (Failures.databaseUnavailable(failure)) {
            Incidents.logDatabaseUnavailable(failure);
            text = translate(ui, "error.database");
        } else if (failure instanceof AccessDeniedException) {
            text = translate(ui, "error.forbidden");
        } else if (failure instanceof PortalException known) {
            text = translate(ui, known.messageKey(), known.arguments());
        } else {
            text = translate(ui, "error.unexpected", Incidents.log(failure));
        }
        if (ui != null) {
            Notification notification = new Notification(text, DURATION_MS, Notification.Position.TOP_CENTER);
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
            notification.addClassName("failure-notice");
            ui.add(notification);
            notification.open();
        }
    }

    private static String translate(UI ui, String key, Object... args) {
        return ui == null ? key : ui.getTranslation(key, args);
    }
}
