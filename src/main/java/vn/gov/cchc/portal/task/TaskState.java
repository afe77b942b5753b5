package vn.gov.cchc.portal.task;

/** The lifecycle state a task is in between two events (deadlines aside). */
public enum TaskState {
    OPEN,
    AWAITING_CONFIRMATION,
    DONE,
    SUSPENDED,
    WITHDRAWN,
    REASSIGNED
}
