package vn.gov.cchc.portal.plan;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.cchc.portal.security.Access;

/**
 * The agencies that still owe their plan of this year or the next, due within the reminder rules' window or already
 * past, for the daily reminders (like reports owed of a round). An agency owes its plan while it has not submitted
 * it, or after it was returned; the agencies asked are those active on the year's first day.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Access.ADMIN_OR_SECRETARIAT)
public class PlanReminderService {

    private final JdbcTemplate jdbc;

    PlanReminderService(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<DuePlan> dueOrOverdue(LocalDate today, int daysAhead) {
        return jdbc.query("""
                SELECT a.id, c.plan_year, c.due_on FROM plan_call c
                JOIN agency a ON (a.valid_from IS NULL OR a.valid_from <= MAKEDATE(c.plan_year, 1))
                              AND (a.valid_to IS NULL OR a.valid_to >= MAKEDATE(c.plan_year, 1))
                WHERE c.plan_year >= ? AND c.due_on <= ?
                  AND NOT EXISTS (SELECT 1 FROM agency_plan p WHERE p.agency_id = a.id AND p.plan_year = c.plan_year
                                  AND p.sequence = 0 AND p.state IN ('SUBMITTED', 'RECEIVED'))
                ORDER BY c.plan_year, a.id""", (rs, n) -> {
            LocalDate due = rs.getObject("due_on", LocalDate.class);
            return new DuePlan(rs.getLong("id"), rs.getInt("plan_year"), due, due.isBefore(today));
        }, today.getYear(), Date.valueOf(today.plusDays(daysAhead)));
    }
}
