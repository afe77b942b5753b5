package vn.gov.cchc.portal.common.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import vn.gov.cchc.portal.common.PortalException;

/** Shows outcomes to the user in their language. */
public final class Messages {

    private static final int DURATION_MS = 5000;

    private Messages() {
    }

    public static void success(Component source, String key, Object... args) {
        show(source.getTranslation(key, args), NotificationVariant.LUMO_SUCCESS);
    }

    public static void error(Component source, PortalException failure) {
        show(source.getTranslation(failure.messageKey(), failure.arguments()), NotificationVariant.LUMO_ERROR);
    }

    /** Marks the field invalid with the failure's message; falls back to a notification without a field. */
    public static void error(Component source, PortalException failure, HasValidation field) {
        if (field == null) {
            error(source, failure);
            return;
        }
        field.setErrorMessage(source.getTranslation(failure.messageKey(), failure.arguments()));
        field.setInvalid(true);
    }

    private static void show(String text, NotificationVariant variant) {
        Notification notification = new Notification(text, DURATION_MS, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(variant);
        notification.open();
    }
}
