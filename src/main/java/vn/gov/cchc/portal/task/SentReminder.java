package vn.gov.cchc.portal.task;

import org.jspecify.annotations.Nullable;

/**
 * A reminder the morning run sent about a task: the key it is kept under (so that it is not sent again) and, for a
 * reminder to the lead agency, the note written to the task's history (who was reminded, by which rule).
 */
public record SentReminder(long taskId, String key, @Nullable String historyNote) {
}
