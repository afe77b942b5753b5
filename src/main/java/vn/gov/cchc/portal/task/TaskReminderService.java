package vn.gov.cchc.portal.task;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.cchc.portal.security.Access;
import vn.gov.cchc.portal.task.internal.EventDetails;
import vn.gov.cchc.portal.task.internal.TaskLedger;
import vn.gov.cchc.portal.task.internal.TaskRepository;

/**
 * Open tasks due within some days or already overdue on a day (the daily reminder job reads them), and
 * the record of each reminder sent in the task's history.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Access.ADMIN_OR_SECRETARIAT)
public class TaskReminderService {

    private final JdbcTemplate jdbc;
    private final TaskRepository tasks;
    private final TaskLedger ledger;

    TaskReminderService(JdbcTemplate jdbc, TaskRepository tasks, TaskLedger ledger) {
        this.jdbc = jdbc;
        this.tasks = tasks;
        this.ledger = ledger;
    }

    /**
     * Writes an automatic reminder to the task's history — who was reminded and by which rule — so that it counts as
     * chasing, like a reminder the secretariat sends by hand.
     */
    @Transactional
    public void recordReminder(long taskId, String note) {
        tasks.findById(taskId).ifPresent(task -> ledger.record(task, TaskEventType.REMINDER_SENT,
                vn.gov.cchc.portal.security.SystemAuthentication.SYSTEM_USER, EventDetails.note(note)));
    }

    /** Open tasks due within {@code daysAhead} days of {@code today}, or overdue. */
    public List<DueTask> dueOrOverdue(LocalDate today, int daysAhead) {
        return jdbc.query("""
                SELECT id, lead_agency_id, title, deadline FROM task
                WHERE directive = FALSE AND state = 'OPEN' AND deadline IS NOT NULL AND deadline <= ?
                ORDER BY deadline, id""", (rs, n) -> {
            LocalDate deadline = rs.getObject("deadline", LocalDate.class);
            return new DueTask(rs.getLong("id"), rs.getLong("lead_agency_id"), rs.getString("title"), deadline,
                    deadline.isBefore(today));
        }, Date.valueOf(today.plusDays(daysAhead)));
    }
}
