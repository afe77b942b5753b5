package vn.gov.cchc.portal.task;

/** Count against the deadline first set, or against the one in force after approved extensions. */
public enum DeadlineBasis {
    ORIGINAL,
    EXTENDED;

    public String messageKey() {
        return "task.basis." + name();
    }
}
