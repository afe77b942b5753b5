package vn.gov.cchc.portal.task;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An open task whose deadline is near or past, for reminders, with the key of the last reminder it had (none yet
 * when {@code lastReminderKey} is null).
 */
public record DueTask(long taskId, long leadAgencyId, String title, LocalDate deadline, boolean overdue,
        @Nullable String lastReminderKey) {
}
