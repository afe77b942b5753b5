package vn.gov.cchc.portal.notification;

/** What a notification says; the first ones are about a task, the {@code REPORT_} ones about a reporting round. */
public enum NotificationKind {
    ASSIGNED,
    COMPLETION_CONFIRMED,
    COMPLETION_RETURNED,
    EXTENSION_APPROVED,
    EXTENSION_REFUSED,
    COMPLETION_PROPOSED,
    EXTENSION_REQUESTED,
    DUE_SOON,
    OVERDUE,
    REPORT_DUE_SOON,
    REPORT_OVERDUE,
    REPORT_SUBMITTED,
    REPORT_RETURNED,
    REPORT_ACCEPTED;

    /** Whether the notification's subject is a reporting round (otherwise a task). */
    public boolean aboutRound() {
        return name().startsWith("REPORT_");
    }

    public String messageKey() {
        return "notification.kind." + name();
    }
}
