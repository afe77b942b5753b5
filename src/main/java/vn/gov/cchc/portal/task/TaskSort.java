package vn.gov.cchc.portal.task;

/** The orders the task grid offers; each list can be entered at any position. */
public enum TaskSort {
    /** Newest first (by id). */
    NEWEST,
    /** Soonest deadline first; tasks without a deadline last. */
    DEADLINE,
    /** By lead agency name (Vietnamese order), then newest first. */
    AGENCY;

    public String messageKey() {
        return "task.sort." + name();
    }
}
