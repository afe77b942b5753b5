package vn.gov.cchc.portal.task;

/** What importing a plan row does. */
public enum PlanAction {
    /** A new task (or directive). */
    CREATE,
    /** Changes the texts of a task already assigned. */
    UPDATE,
    /** The task is already as the row says: importing the same file again changes nothing. */
    UNCHANGED;

    public String messageKey() {
        return "plan.action." + name();
    }
}
