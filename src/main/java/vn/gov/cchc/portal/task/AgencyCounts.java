package vn.gov.cchc.portal.task;

/** The counts on top of the agency workspace (tasks the agency leads, as of today). */
public record AgencyCounts(int openInTime, int overdue, int awaitingConfirmation, int doneThisYear) {
}
