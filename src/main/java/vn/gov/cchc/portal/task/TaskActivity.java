package vn.gov.cchc.portal.task;

/**
 * Published after an entry is added to a task's history (in the same transaction), so that other modules can
 * notify the people concerned.
 */
public record TaskActivity(long taskId, TaskEventType type, Long leadAgencyId, String title, String actor) {
}
