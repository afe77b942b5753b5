package vn.gov.cchc.portal.task;

/** A task's status as of a date, as the secretariat reports it. */
public enum TaskStatus {
    NOT_YET_ASSIGNED,
    OPEN_IN_TIME,
    DUE_SOON,
    OPEN_OVERDUE,
    NO_DEADLINE,
    AWAITING_CONFIRMATION,
    DONE_ON_TIME,
    DONE_LATE,
    SUSPENDED,
    WITHDRAWN,
    REASSIGNED;

    public String messageKey() {
        return "task.status." + name();
    }
}
