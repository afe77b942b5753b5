package vn.gov.cchc.portal.task;

/** A row of a progress file that becomes a report of the agency's task: what it reports. */
public record ProgressLine(int row, long taskId, String title, int percentDone, String narrative) {
}
