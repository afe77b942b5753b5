package vn.gov.cchc.portal.notification;

/**
 * Who hears a task's reminder, each step including the ones before it: the lead agency's officers, then also its
 * leaders, then also the secretariat officer following the agency.
 */
public enum ReminderAudience {
    OFFICERS,
    LEADERS,
    FOLLOWER;

    public String messageKey() {
        return "reminder.audience." + name();
    }
}
