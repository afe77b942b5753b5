package vn.gov.cchc.portal.notification.internal;

import java.time.Clock;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.gov.cchc.portal.notification.NotificationKind;
import vn.gov.cchc.portal.security.Role;
import vn.gov.cchc.portal.task.TaskActivity;
import vn.gov.cchc.portal.user.UserDirectory;

/**
 * Turns task activity into notifications: the lead agency hears of assignments and decisions, the secretariat of
 * proposals and requests to decide. Written in the same transaction as the activity.
 */
@Component
public class Notifier {

    private final NotificationRepository notifications;
    private final UserDirectory users;
    private final Recipients recipients;
    private final Clock clock;

    Notifier(NotificationRepository notifications, UserDirectory users, Recipients recipients, Clock clock) {
        this.notifications = notifications;
        this.users = users;
        this.recipients = recipients;
        this.clock = clock;
    }

    @EventListener
    void on(TaskActivity activity) {
        switch (activity.type()) {
            case ASSIGNED -> toAgency(activity, NotificationKind.ASSIGNED);
            case COMPLETION_CONFIRMED -> toAgency(activity, NotificationKind.COMPLETION_CONFIRMED);
            case COMPLETION_RETURNED -> toAgency(activity, NotificationKind.COMPLETION_RETURNED);
            case EXTENSION_APPROVED -> toAgency(activity, NotificationKind.EXTENSION_APPROVED);
            case EXTENSION_REFUSED -> toAgency(activity, NotificationKind.EXTENSION_REFUSED);
            case COMPLETION_PROPOSED -> toSecretariat(activity, NotificationKind.COMPLETION_PROPOSED);
            case EXTENSION_REQUESTED -> toSecretariat(activity, NotificationKind.EXTENSION_REQUESTED);
            default -> { }
        }
    }

    /** Sends once per user and key (the daily reminders run again every day). */
    public void notifyAgencyOnce(long agencyId, long taskId, NotificationKind kind, String title, String dedupKey) {
        for (String username : recipients.ofAgency(agencyId)) {
            if (!notifications.existsByUsernameAndDedupKey(username, dedupKey)) {
                notifications.save(new Notification(username, taskId, kind, title, clock.instant(), dedupKey));
            }
        }
    }

    private void toAgency(TaskActivity activity, NotificationKind kind) {
        if (activity.leadAgencyId() != null) {
            send(recipients.ofAgency(activity.leadAgencyId()), activity, kind);
        }
    }

    private void toSecretariat(TaskActivity activity, NotificationKind kind) {
        send(users.usernamesWithRole(Role.SECRETARIAT), activity, kind);
    }

    private void send(List<String> usernames, TaskActivity activity, NotificationKind kind) {
        for (String username : usernames) {
            if (!username.equals(activity.actor())) {
                notifications.save(new Notification(username, activity.taskId(), kind, activity.title(), clock.instant(), null));
            }
        }
    }
}
