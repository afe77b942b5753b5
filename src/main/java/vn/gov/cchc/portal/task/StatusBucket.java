package vn.gov.cchc.portal.task;

/**
 * The official two-by-two convention: done on time / done late, open within deadline / open overdue. Tasks
 * suspended, withdrawn, reassigned or not yet assigned on the date are not part of the plan then.
 */
public enum StatusBucket {
    DONE_ON_TIME,
    DONE_LATE,
    OPEN_IN_TIME,
    OPEN_OVERDUE,
    NOT_COUNTED;

    public boolean planned() {
        return this != NOT_COUNTED;
    }

    public boolean done() {
        return this == DONE_ON_TIME || this == DONE_LATE;
    }

    public String messageKey() {
        return "task.bucket." + name();
    }
}
