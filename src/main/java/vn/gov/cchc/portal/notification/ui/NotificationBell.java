package vn.gov.cchc.portal.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.common.ui.Badges;
import vn.gov.cchc.portal.notification.NotificationItem;
import vn.gov.cchc.portal.notification.NotificationService;

/** The bell in the header: unread count, and the latest notifications, each opening its task or reporting round. */
public class NotificationBell extends Button {

    private final NotificationService notifications;
    private final Span badge = new Span();

    public NotificationBell(NotificationService notifications) {
        this.notifications = notifications;
        setIcon(VaadinIcon.BELL.create());
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addClassName("notification-bell");
        Badges.styled(badge, "badge error pill small");
        badge.addClassName("notification-count");
        setSuffixComponent(badge);
        addClickListener(click -> open());
        refreshCount();
    }

    private void refreshCount() {
        long unread = notifications.unreadCount();
        badge.setText(unread > 99 ? "99+" : String.valueOf(unread));
        badge.setVisible(unread > 0);
        setAriaLabel(getTranslation("notification.bell", unread));
        setTooltipText(getTranslation("notification.bell", unread));
    }

    private void open() {
        Dialog dialog = new Dialog(getTranslation("notification.title"));
        dialog.setWidth("min(32rem, 100vw)");
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        List<NotificationItem> items = notifications.latest();
        if (items.isEmpty()) {
            list.add(new Paragraph(getTranslation("notification.empty")));
        }
        for (NotificationItem item : items) {
            Button entry = new Button(getTranslation(item.kind().messageKey(), item.title()) + " · "
                    + Formats.DATE_TIME.format(item.createdAt().atZone(PortalTime.ZONE)), click -> {
                notifications.markRead(item.id());
                dialog.close();
                refreshCount();
                getUI().ifPresent(ui -> ui.navigate(item.kind().link(item.subjectId())));
            });
            entry.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            entry.addClassName(item.read() ? "notification-read" : "notification-unread");
            entry.setWidthFull();
            list.add(entry);
        }
        dialog.add(list, immediateMailChoice());
        dialog.getFooter().add(new Button(getTranslation("action.close"), click -> dialog.close()));
        dialog.open();
    }

    /** Mails at once for assignments and decisions, besides the daily digest of reminders that nobody switches off. */
    private Checkbox immediateMailChoice() {
        Checkbox immediate = new Checkbox(getTranslation("notification.immediateMail"), notifications.immediateMail());
        immediate.setHelperText(getTranslation("notification.immediateMail.help"));
        immediate.addClassName("immediate-mail");
        immediate.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                notifications.chooseImmediateMail(change.getValue());
            }
        });
        return immediate;
    }
}
