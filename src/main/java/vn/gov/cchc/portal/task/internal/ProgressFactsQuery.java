package vn.gov.cchc.portal.task.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.gov.cchc.portal.agency.AgencyService;
import vn.gov.cchc.portal.agency.AgencySummary;
import vn.gov.cchc.portal.task.ProgressFacts;

/**
 * The open tasks of a day with what their history said by then: the span that held that day (state, holder, deadline
 * in force), the last progress report dated by then, and the last refusal or return by then. The history is read
 * through its task index by force: right after the demo's bulk load the optimizer's statistics still say the tables
 * are empty, and one start chose to scan every event for every task (the query then ran past the socket timeout).
 */
@Component
public class ProgressFactsQuery {

    private static final String SQL = """
            SELECT t.id, t.title, s.agency_id, t.assigned_on, s.effective_deadline,
                   (SELECT e.effective_on FROM task_event e FORCE INDEX (ix_event_task) WHERE e.task_id = t.id AND e.type = 'PROGRESS_REPORTED'
                      AND e.effective_on <= :day ORDER BY e.effective_on DESC, e.id DESC LIMIT 1) AS last_on,
                   (SELECT e.percent_done FROM task_event e FORCE INDEX (ix_event_task) WHERE e.task_id = t.id AND e.type = 'PROGRESS_REPORTED'
                      AND e.effective_on <= :day ORDER BY e.effective_on DESC, e.id DESC LIMIT 1) AS last_percent,
                   (SELECT MAX(e.effective_on) FROM task_event e FORCE INDEX (ix_event_task) WHERE e.task_id = t.id
                      AND e.type IN ('EXTENSION_REFUSED', 'COMPLETION_RETURNED') AND e.effective_on <= :day) AS flagged_on
            FROM task_span s STRAIGHT_JOIN task t ON t.id = s.task_id
            WHERE s.state = 'OPEN' AND s.from_date <= :day AND (s.to_date IS NULL OR s.to_date > :day)
              AND s.effective_deadline >= :day AND t.directive = FALSE AND t.assigned_on <= :day %s
            ORDER BY s.effective_deadline, t.id""";

    private final NamedParameterJdbcTemplate jdbc;
    private final AgencyService agencies;

    ProgressFactsQuery(NamedParameterJdbcTemplate jdbc, AgencyService agencies) {
        this.jdbc = jdbc;
        this.agencies = agencies;
    }

    /** The tasks open on the day, of one agency or of all. */
    public List<ProgressFacts> openOn(LocalDate day, @Nullable Long agencyId, @Nullable Long taskId) {
        MapSqlParameterSource params = new MapSqlParameterSource("day", Date.valueOf(day))
                .addValue("agency", agencyId).addValue("task", taskId);
        String where = (agencyId == null ? "" : " AND s.agency_id = :agency") + (taskId == null ? "" : " AND t.id = :task");
        Map<Long, AgencySummary> agencyById = agencies.byId();
        return jdbc.query(SQL.formatted(where), params, (rs, n) -> {
            Date lastOn = rs.getDate("last_on");
            Date flagged = rs.getDate("flagged_on");
            int percent = rs.getInt("last_percent");
            boolean noPercent = rs.wasNull();
            long agency = rs.getLong("agency_id");
            return new ProgressFacts(rs.getLong("id"), rs.getString("title"), agency, AgencyIndex.name(agencyById, agency),
                    rs.getDate("assigned_on").toLocalDate(), rs.getDate("effective_deadline").toLocalDate(),
                    lastOn == null ? null : lastOn.toLocalDate(), lastOn == null || noPercent ? null : percent,
                    flagged == null ? null : flagged.toLocalDate());
        });
    }
}
