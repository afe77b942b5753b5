package vn.gov.cchc.portal.notification.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.gov.cchc.portal.indicator.ReportActivity;
import vn.gov.cchc.portal.notification.NotificationKind;
import vn.gov.cchc.portal.security.Role;
import vn.gov.cchc.portal.task.TaskActivity;
import vn.gov.cchc.portal.user.UserDirectory;

/**
 * Turns task and report activity into notifications: the lead agency hears of assignments and decisions, the
 * reporting agency of its report's decision, the secretariat of proposals, requests and reports to decide. Written
 * in the same transaction as the activity, with a mail at once for those who asked for one ({@link ImmediateMails}).
 */
@Component
public class Notifier {

    private final NotificationRepository notifications;
    private final UserDirectory users;
    private final Recipients recipients;
    private final ImmediateMails mails;
    private final Clock clock;

    Notifier(NotificationRepository notifications, UserDirectory users, Recipients recipients, ImmediateMails mails, Clock clock) {
        this.notifications = notifications;
        this.users = users;
        this.recipients = recipients;
        this.mails = mails;
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

    @EventListener
    void on(ReportActivity activity) {
        switch (activity.type()) {
            case SUBMITTED -> send(users.usernamesWithRole(Role.SECRETARIAT), activity.actor(), activity.roundId(),
                    NotificationKind.REPORT_SUBMITTED, activity.roundTitle());
            case RETURNED -> send(recipients.ofAgency(activity.agencyId()), activity.actor(), activity.roundId(),
                    NotificationKind.REPORT_RETURNED, activity.roundTitle());
            case ACCEPTED -> send(recipients.ofAgency(activity.agencyId()), activity.actor(), activity.roundId(),
                    NotificationKind.REPORT_ACCEPTED, activity.roundTitle());
        }
    }

    /**
     * Sends once per user and key (the daily reminders run again every day); {@code subjectId} is the task or the
     * round, as the kind says. Returns the users told this time.
     */
    public List<String> notifyAgencyOnce(long agencyId, long subjectId, NotificationKind kind, String title, String dedupKey) {
        List<String> told = new ArrayList<>();
        for (String username : recipients.ofAgency(agencyId)) {
            if (!notifications.existsByUsernameAndDedupKey(username, dedupKey)) {
                notifications.save(new Notification(username, subjectId, kind, title, clock.instant(), dedupKey));
                told.add(username);
            }
        }
        return told;
    }

    /** Tells the agency's users about one of its tasks now (a reminder the secretariat sent by hand). */
    public void toAgency(long agencyId, long taskId, NotificationKind kind, String title, String actor) {
        send(recipients.ofAgency(agencyId), actor, taskId, kind, title);
    }

    private void toAgency(TaskActivity activity, NotificationKind kind) {
        if (activity.leadAgencyId() != null) {
            send(recipients.ofAgency(activity.leadAgencyId()), activity.actor(), activity.taskId(), kind, activity.title());
        }
    }

    private void toSecretariat(TaskActivity activity, NotificationKind kind) {
        send(users.usernamesWithRole(Role.SECRETARIAT), activity.actor(), activity.taskId(), kind, activity.title());
    }

    private void send(List<String> usernames, String actor, long subjectId, NotificationKind kind, String title) {
        List<String> told = new ArrayList<>();
        for (String username : usernames) {
            if (!username.equals(actor)) {
                notifications.save(new Notification(username, subjectId, kind, title, clock.instant(), null));
                told.add(username);
            }
        }
        mails.send(told, kind, subjectId, title);
    }
}
