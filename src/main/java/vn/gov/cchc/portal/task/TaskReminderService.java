package vn.gov.cchc.portal.task;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.cchc.portal.security.Access;

/** Open tasks due within the "due soon" window or already overdue on a day (the daily reminder job reads them). */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Access.ADMIN_OR_SECRETARIAT)
public class TaskReminderService {

    private final JdbcTemplate jdbc;
    private final TaskSettings settings;

    TaskReminderService(JdbcTemplate jdbc, TaskSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    public List<DueTask> dueOrOverdue(LocalDate today) {
        return jdbc.query("""
                SELECT id, lead_agency_id, title, deadline FROM task
                WHERE directive = FALSE AND state = 'OPEN' AND deadline IS NOT NULL AND deadline <= ?
                ORDER BY deadline, id""", (rs, n) -> {
            LocalDate deadline = rs.getObject("deadline", LocalDate.class);
            return new DueTask(rs.getLong("id"), rs.getLong("lead_agency_id"), rs.getString("title"), deadline,
                    deadline.isBefore(today));
        }, Date.valueOf(today.plusDays(settings.dueSoonDays())));
    }
}
