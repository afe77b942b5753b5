package vn.gov.cchc.portal.notification.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.gov.cchc.portal.notification.NotificationKind;
import vn.gov.cchc.portal.security.CurrentUser;
import vn.gov.cchc.portal.warning.RiskReminderSent;

/** A reminder the secretariat sends about a task at risk reaches the agency's users, in the sender's transaction. */
@Component
class RiskReminders {

    private final Notifier notifier;
    private final CurrentUser currentUser;

    RiskReminders(Notifier notifier, CurrentUser currentUser) {
        this.notifier = notifier;
        this.currentUser = currentUser;
    }

    @EventListener
    void on(RiskReminderSent sent) {
        notifier.toAgency(sent.agencyId(), sent.taskId(), NotificationKind.AT_RISK, sent.title(),
                currentUser.username().orElse(""));
    }
}
