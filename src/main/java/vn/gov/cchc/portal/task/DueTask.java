package vn.gov.cchc.portal.task;

import java.time.LocalDate;

/** An open task whose deadline is near or past, for reminders. */
public record DueTask(long taskId, long leadAgencyId, String title, LocalDate deadline, boolean overdue) {
}
