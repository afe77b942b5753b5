package vn.gov.cchc.portal.notification;

public enum NotificationKind {
    ASSIGNED,
    COMPLETION_CONFIRMED,
    COMPLETION_RETURNED,
    EXTENSION_APPROVED,
    EXTENSION_REFUSED,
    COMPLETION_PROPOSED,
    EXTENSION_REQUESTED,
    DUE_SOON,
    OVERDUE;

    public String messageKey() {
        return "notification.kind." + name();
    }
}
