package vn.gov.cchc.portal.task;

/** An evidence file of the task was uploaded or removed (published in the transaction of the change). */
public record EvidenceChanged(long taskId) {
}
