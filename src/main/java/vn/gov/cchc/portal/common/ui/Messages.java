package vn.gov.cchc.portal.common.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.List;
import vn.gov.cchc.portal.common.PortalException;

/** Shows outcomes to the user in their language. */
public final class Messages {

    private static final int DURATION_MS = 5000;

    private Messages() {
    }

    public static void success(Component source, String key, Object... args) {
        show(source.getTranslation(key, args), NotificationVariant.LUMO_SUCCESS);
    }

    /** A refusal already in the user's language. */
    public static void error(Component source, String text) {
        show(text, NotificationVariant.LUMO_ERROR);
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

    /**
     * An outcome that did not go wholly as asked: a heading and one line per item that failed, kept on screen
     * until the user closes it. Error style when nothing succeeded, warning style otherwise.
     */
    public static void partial(Component source, boolean nothingSucceeded, String heading, List<String> lines) {
        Div content = new Div();
        content.add(new Paragraph(heading));
        UnorderedList list = new UnorderedList();
        lines.forEach(line -> list.add(new ListItem(line)));
        content.add(list);
        Notification notification = new Notification();
        Button close = new Button(
                source.getTranslation("action.close"), click -> notification.close());
        notification.add(content, close);
        notification.setPosition(Notification.Position.TOP_CENTER);
        notification.setDuration(0);
        notification.addThemeVariants(nothingSucceeded ? NotificationVariant.LUMO_ERROR : NotificationVariant.LUMO_WARNING);
        notification.addClassName("partial-outcome");
        notification.open();
    }

    private static void show(String text, NotificationVariant variant) {
        Notification notification = new Notification(text, DURATION_MS, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(variant);
        notification.open();
    }
}
