package vn.gov.cchc.portal.task;

/** What can happen to a task; every entry of its history is one of these. */
public enum TaskEventType {
    ASSIGNED,
    PROGRESS_REPORTED,
    COMPLETION_PROPOSED,
    COMPLETION_CONFIRMED,
    COMPLETION_RETURNED,
    EXTENSION_REQUESTED,
    EXTENSION_APPROVED,
    EXTENSION_REFUSED,
    SUSPENDED,
    RESUMED,
    WITHDRAWN,
    REASSIGNED,
    LEAD_TRANSFERRED,
    REMINDER_SENT;

    public String messageKey() {
        return "task.event." + name();
    }
}
