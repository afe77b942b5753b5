package vn.gov.cchc.portal.task.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.gov.cchc.portal.agency.AgencyName;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.task.QueueItem;
import vn.gov.cchc.portal.task.QueueReason;
import vn.gov.cchc.portal.task.WorkQueue;

/**
 * The work queues in SQL, each on an index: pending requests on their "since" columns (few rows are set), tasks by
 * deadline on (state, deadline) or (lead agency, state, deadline), drafts on (agency, submitted).
 */
@Component
public class WorkQueueQueries {

    private static final String ROW = "SELECT t.id, t.title, t.deadline, a.name_vi, a.name_en, %s AS since FROM task t%s"
            + " JOIN agency a ON a.id = t.lead_agency_id ";
    /**
     * An agency's queues read its own index: left to itself, MariaDB may walk the nation's open tasks by deadline
     * and count them all to find one agency's (measured: 0,8 s at 1.000.000 tasks).
     */
    private static final String AGENCY_INDEX = " FORCE INDEX (ix_task_lead_state)";

    private final NamedParameterJdbcTemplate jdbc;

    WorkQueueQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Requests waiting for the secretariat, oldest first. */
    public WorkQueue waiting(QueueReason reason, int limit) {
        String column = reason == QueueReason.PROPOSAL ? "t.proposal_pending_since" : "t.extension_pending_since";
        String where = " WHERE " + column + " IS NOT NULL";
        return queue(reason, ROW.formatted(column, "") + where + " ORDER BY " + column + ", t.id LIMIT :limit",
                "SELECT COUNT(*) FROM task t" + where, new MapSqlParameterSource("limit", limit));
    }

    /** Open tasks (of one agency, or all) due between two days, soonest first; {@code from} null means "any past day". */
    public WorkQueue due(Long agencyId, QueueReason reason, LocalDate from, LocalDate to, int limit) {
        String index = agencyId == null ? "" : AGENCY_INDEX;
        String where = " WHERE t.state = 'OPEN' AND t.deadline <= :to" + (from == null ? "" : " AND t.deadline >= :from")
                + (agencyId == null ? " AND t.directive = FALSE" : " AND t.lead_agency_id = :agency");
        MapSqlParameterSource params = new MapSqlParameterSource("limit", limit).addValue("to", Date.valueOf(to))
                .addValue("from", from == null ? null : Date.valueOf(from)).addValue("agency", agencyId);
        return queue(reason, ROW.formatted("t.deadline", index) + where + " ORDER BY t.deadline, t.id LIMIT :limit",
                "SELECT COUNT(*) FROM task t" + index + where, params);
    }

    /** Completions the secretariat returned to the agency, oldest first. */
    public WorkQueue returned(long agencyId, int limit) {
        String where = " WHERE t.returned_at IS NOT NULL AND t.lead_agency_id = :agency AND t.state = 'OPEN'";
        return queue(QueueReason.RETURNED, ROW.formatted("t.returned_at", "") + where + " ORDER BY t.returned_at LIMIT :limit",
                "SELECT COUNT(*) FROM task t" + where, new MapSqlParameterSource("limit", limit).addValue("agency", agencyId));
    }

    /** Open tasks of the agency with no progress report since the day given (oldest report first). */
    public WorkQueue notReportedSince(long agencyId, LocalDate since, int limit) {
        String where = " WHERE t.lead_agency_id = :agency AND t.state = 'OPEN'"
                + " AND (t.last_reported_on IS NULL OR t.last_reported_on < :since)";
        return queue(QueueReason.NO_REPORT_THIS_MONTH, ROW.formatted("t.last_reported_on", AGENCY_INDEX) + where
                + " ORDER BY t.deadline IS NULL, t.deadline, t.id LIMIT :limit", "SELECT COUNT(*) FROM task t" + AGENCY_INDEX + where,
                new MapSqlParameterSource("limit", limit).addValue("agency", agencyId).addValue("since", Date.valueOf(since)));
    }

    /** Report drafts of the agency not yet sent, oldest first. */
    public WorkQueue drafts(long agencyId, int limit) {
        String from = " FROM task_report r JOIN task t ON t.id = r.task_id"
                + " WHERE r.agency_id = :agency AND r.submitted = FALSE AND t.state IN ('OPEN', 'AWAITING_CONFIRMATION')";
        return queue(QueueReason.DRAFT, "SELECT t.id, t.title, t.deadline, a.name_vi, a.name_en, r.updated_at AS since"
                + from.replace(" WHERE", " JOIN agency a ON a.id = t.lead_agency_id WHERE") + " ORDER BY r.id LIMIT :limit",
                "SELECT COUNT(*)" + from, new MapSqlParameterSource("limit", limit).addValue("agency", agencyId));
    }

    private WorkQueue queue(QueueReason reason, String rowsSql, String countSql, MapSqlParameterSource params) {
        List<QueueItem> items = jdbc.query(rowsSql, params, (rs, n) -> item(rs, reason));
        Long total = items.size() < (Integer) params.getValue("limit") ? Long.valueOf(items.size())
                : jdbc.queryForObject(countSql, params, Long.class);
        return new WorkQueue(reason, items, total == null ? 0 : total);
    }

    private static QueueItem item(ResultSet rs, QueueReason reason) throws SQLException {
        Object since = rs.getObject("since");
        LocalDate day = switch (since) {
            case null -> null;
            case Timestamp timestamp -> timestamp.toInstant().atZone(PortalTime.ZONE).toLocalDate();
            case LocalDateTime dateTime -> dateTime.toLocalDate();
            case Date date -> date.toLocalDate();
            case LocalDate date -> date;
            default -> null;
        };
        return new QueueItem(rs.getLong("id"), rs.getString("title"), new AgencyName(rs.getString("name_vi"),
                rs.getString("name_en")), reason, day, rs.getObject("deadline", LocalDate.class));
    }
}
