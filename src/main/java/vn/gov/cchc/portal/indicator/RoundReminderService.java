package vn.gov.cchc.portal.indicator;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.cchc.portal.security.Access;

/**
 * The agencies that still owe a report of an open round due within the reminder rules' window or already past its
 * deadline, for the daily reminders. An agency owes it while its first revision is not submitted or accepted (a
 * returned report is owed again); a closed round owes nothing.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Access.ADMIN_OR_SECRETARIAT)
public class RoundReminderService {

    private final JdbcTemplate jdbc;

    RoundReminderService(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The reports owed of open rounds due within {@code daysAhead} days of {@code today}, or past their deadline. */
    public List<DueReport> dueOrOverdue(LocalDate today, int daysAhead) {
        return jdbc.query("""
                SELECT r.id, ra.agency_id, r.title, r.deadline FROM reporting_round r
                JOIN round_agency ra ON ra.round_id = r.id
                WHERE r.closed_at IS NULL AND r.deadline <= ?
                  AND NOT EXISTS (SELECT 1 FROM indicator_report p WHERE p.round_id = r.id AND p.agency_id = ra.agency_id
                                  AND (p.state IN ('SUBMITTED', 'ACCEPTED') OR p.revision > 1))
                ORDER BY r.deadline, r.id, ra.agency_id""", (rs, n) -> {
            LocalDate deadline = rs.getObject("deadline", LocalDate.class);
            return new DueReport(rs.getLong("id"), rs.getLong("agency_id"), rs.getString("title"), deadline,
                    deadline.isBefore(today));
        }, Date.valueOf(today.plusDays(daysAhead)));
    }
}
