package vn.gov.cchc.portal.task;

/** Why a task is in someone's work queue on the home page. */
public enum QueueReason {
    /** A completion the agency proposed, waiting for the secretariat to confirm or return it. */
    PROPOSAL,
    /** More time the agency asked for, waiting for the secretariat's decision. */
    EXTENSION,
    /** Due in the next seven days and not done. */
    DUE_THIS_WEEK,
    /** Past its deadline and not done. */
    OVERDUE,
    /** Due within the reminder window and not done. */
    DUE_SOON,
    /** A completion the secretariat returned: the agency has to complete it and propose again. */
    RETURNED,
    /** Not reported on since the month began. */
    NO_REPORT_THIS_MONTH,
    /** A progress report saved as a draft and not yet sent. */
    DRAFT;

    public String messageKey() {
        return "queue.reason." + name();
    }
}
