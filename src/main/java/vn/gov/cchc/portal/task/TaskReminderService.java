package vn.gov.cchc.portal.task;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.security.Access;
import vn.gov.cchc.portal.security.CurrentUser;
import vn.gov.cchc.portal.security.SystemAuthentication;

/**
 * What the morning reminder run reads and writes about tasks, a page at a time (a million tasks are never read at
 * once): open tasks due within some days or overdue, proposals and requests waiting for the secretariat — each with
 * the key of its last reminder (V21 {@code task_reminder_state}) — and the record of each reminder sent, written to
 * the task's history so that it counts as chasing, like a reminder the secretariat sends by hand. A reminder does not
 * change a task's status, so it is written straight to the history without projecting the task again.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Access.ADMIN_OR_SECRETARIAT)
public class TaskReminderService {

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;

    TaskReminderService(JdbcTemplate jdbc, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Open tasks due within {@code daysAhead} days of {@code today} or overdue, the newest first, below
     * {@code beforeId} (the last id of the previous page; {@link Long#MAX_VALUE} for the first).
     */
    public List<DueTask> duePage(LocalDate today, int daysAhead, long beforeId, int limit) {
        return jdbc.query("""
                SELECT t.id, t.lead_agency_id, t.title, t.deadline, s.deadline_key FROM task t
                LEFT JOIN task_reminder_state s ON s.task_id = t.id
                WHERE t.id < ? AND t.directive = FALSE AND t.state = 'OPEN' AND t.deadline IS NOT NULL AND t.deadline <= ?
                ORDER BY t.id DESC LIMIT ?""", (rs, n) -> {
            LocalDate deadline = rs.getObject("deadline", LocalDate.class);
            return new DueTask(rs.getLong("id"), rs.getLong("lead_agency_id"), rs.getString("title"), deadline,
                    deadline.isBefore(today), rs.getString("deadline_key"));
        }, beforeId, Date.valueOf(today.plusDays(daysAhead)), limit);
    }

    /** Tasks whose completion proposal or extension request waits for the secretariat, the newest first, below {@code beforeId}. */
    public List<WaitingTask> waitingPage(long beforeId, int limit) {
        return jdbc.query("""
                SELECT t.id, t.lead_agency_id, t.title, t.proposal_pending_since, t.extension_pending_since, s.waiting_key
                FROM task t LEFT JOIN task_reminder_state s ON s.task_id = t.id
                WHERE t.id < ? AND t.directive = FALSE
                  AND (t.proposal_pending_since IS NOT NULL OR t.extension_pending_since IS NOT NULL)
                ORDER BY t.id DESC LIMIT ?""", (rs, n) -> {
            Timestamp proposal = rs.getTimestamp("proposal_pending_since");
            Timestamp extension = rs.getTimestamp("extension_pending_since");
            Timestamp since = proposal == null || extension != null && extension.before(proposal) ? extension : proposal;
            return new WaitingTask(rs.getLong("id"), rs.getLong("lead_agency_id"), rs.getString("title"),
                    since.toInstant().atZone(PortalTime.ZONE).toLocalDate(), since == proposal, rs.getString("waiting_key"));
        }, beforeId, limit);
    }

    /** Keeps the reminders sent to lead agencies and writes each to its task's history, by the system. */
    @Transactional
    public void recordReminders(List<SentReminder> sent) {
        if (sent.isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.from(clock.instant());
        Date today = Date.valueOf(PortalTime.today(clock));
        jdbc.batchUpdate("""
                INSERT INTO task_reminder_state (task_id, deadline_key) VALUES (?, ?)
                ON DUPLICATE KEY UPDATE deadline_key = VALUES(deadline_key)""",
                sent.stream().map(reminder -> new Object[] {reminder.taskId(), reminder.key()}).toList());
        jdbc.batchUpdate("""
                INSERT INTO task_event (task_id, type, occurred_at, effective_on, actor, note)
                VALUES (?, 'REMINDER_SENT', ?, ?, ?, ?)""", sent.stream().filter(reminder -> reminder.historyNote() != null)
                .map(reminder -> new Object[] {reminder.taskId(), now, today, SystemAuthentication.SYSTEM_USER,
                        reminder.historyNote()}).toList());
    }

    /** Writes a reminder someone of the secretariat sent by hand to the task's history, as that person. */
    @Transactional
    public void recordReminder(long taskId, String historyNote) {
        jdbc.update("""
                INSERT INTO task_event (task_id, type, occurred_at, effective_on, actor, note)
                VALUES (?, 'REMINDER_SENT', ?, ?, ?, ?)""", taskId, Timestamp.from(clock.instant()),
                Date.valueOf(PortalTime.today(clock)), currentUser.username().orElseThrow(), historyNote);
    }

    /** Keeps the reminders sent to the secretariat about proposals and requests waiting for its decision. */
    @Transactional
    public void recordWaitingReminders(List<SentReminder> sent) {
        jdbc.batchUpdate("""
                INSERT INTO task_reminder_state (task_id, waiting_key) VALUES (?, ?)
                ON DUPLICATE KEY UPDATE waiting_key = VALUES(waiting_key)""",
                sent.stream().map(reminder -> new Object[] {reminder.taskId(), reminder.key()}).toList());
    }
}
