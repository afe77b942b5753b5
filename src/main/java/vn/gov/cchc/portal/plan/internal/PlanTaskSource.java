package vn.gov.cchc.portal.plan.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.plan.PlanLinks;
import vn.gov.cchc.portal.security.CurrentUser;
import vn.gov.cchc.portal.task.TaskSource;
import vn.gov.cchc.portal.task.TaskSourceLink;

/**
 * A task set out by an agency's plan links back to it: "Kế hoạch năm 2027 (268/KH-UBND ngày 18/12/2026)", or its
 * amendment; the secretariat's link opens the year's plans, an agency user's the agency's own plans.
 */
@Component
class PlanTaskSource implements TaskSource {

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;

    PlanTaskSource(JdbcTemplate jdbc, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<TaskSourceLink> sourceOf(long taskId) {
        return jdbc.query("""
                SELECT p.plan_year, p.sequence, p.doc_number, p.doc_date FROM task t JOIN agency_plan p ON p.id = t.plan_id
                WHERE t.id = ?""", (rs, n) -> {
            int year = rs.getInt(1);
            return new TaskSourceLink(rs.getInt(2) == 0 ? "plan.source.plan" : "plan.source.amendment",
                    List.of(String.valueOf(year), String.valueOf(rs.getString(3)), Formats.date(rs.getObject(4, LocalDate.class)),
                            rs.getInt(2)),
                    currentUser.isSecretariatOrAdmin() ? PlanLinks.year(year) : PlanLinks.AGENCY_PLANS);
        }, taskId).stream().findFirst();
    }
}
