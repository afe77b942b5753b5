package vn.gov.cchc.portal.task.internal;

import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.gov.cchc.portal.task.TaskEventType;
import vn.gov.cchc.portal.task.TaskSpan;
import vn.gov.cchc.portal.task.TaskState;
import vn.gov.cchc.portal.task.TaskTimeline;
import vn.gov.cchc.portal.task.TimelineEvent;

/**
 * Reads the tasks' projected lives ({@link TaskTimeline}) in bulk: their spans and the events that speak of their
 * progress. No access rule here: the services that hand them out carry it.
 */
@Component
public class TimelineQuery {

    private static final int CHUNK = 1000;
    private static final List<String> PROGRESS = List.of(TaskEventType.PROGRESS_REPORTED.name(),
            TaskEventType.EXTENSION_REFUSED.name(), TaskEventType.COMPLETION_RETURNED.name());

    private final NamedParameterJdbcTemplate jdbc;
    private final EntityManager entityManager;

    TimelineQuery(NamedParameterJdbcTemplate jdbc, EntityManager entityManager) {
        this.jdbc = jdbc;
        this.entityManager = entityManager;
    }

    /** The ids of the tasks (not directives) after the given one, upwards. */
    public List<Long> idsAfter(long afterId, int limit) {
        return jdbc.queryForList("SELECT id FROM task WHERE id > :after AND directive = FALSE ORDER BY id LIMIT :limit",
                new MapSqlParameterSource("after", afterId).addValue("limit", limit), Long.class);
    }

    /**
     * The named tasks' lives as the current transaction sees them (its own changes flushed first); a directive or an
     * unknown id is left out. Read in chunks of 1.000 ids.
     */
    public List<TaskTimeline> of(Collection<Long> ids) {
        List<Long> all = List.copyOf(ids);
        List<TaskTimeline> lives = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            lives.addAll(chunk(all.subList(from, Math.min(all.size(), from + CHUNK))));
        }
        return lives;
    }

    private List<TaskTimeline> chunk(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        if (TransactionSynchronizationManager.isActualTransactionActive() && entityManager.isJoinedToTransaction()) {
            entityManager.flush();
        }
        MapSqlParameterSource params = new MapSqlParameterSource("ids", ids).addValue("types", PROGRESS);
        Map<Long, List<TaskSpan>> spans = new HashMap<>();
        jdbc.query("""
                SELECT task_id, from_date, to_date, state, agency_id, original_deadline, effective_deadline, completed_on
                FROM task_span WHERE task_id IN (:ids) ORDER BY task_id, from_date""", params, rs -> {
            spans.computeIfAbsent(rs.getLong("task_id"), id -> new ArrayList<>()).add(new TaskSpan(
                    day(rs.getDate("from_date")), day(rs.getDate("to_date")), TaskState.valueOf(rs.getString("state")),
                    rs.getLong("agency_id"), day(rs.getDate("original_deadline")), day(rs.getDate("effective_deadline")),
                    day(rs.getDate("completed_on"))));
        });
        Map<Long, List<TimelineEvent>> progress = new HashMap<>();
        jdbc.query("""
                SELECT task_id, type, effective_on, percent_done FROM task_event
                WHERE task_id IN (:ids) AND type IN (:types) ORDER BY task_id, effective_on, id""", params, rs -> {
            int percent = rs.getInt("percent_done");
            progress.computeIfAbsent(rs.getLong("task_id"), id -> new ArrayList<>()).add(new TimelineEvent(
                    TaskEventType.valueOf(rs.getString("type")), rs.getDate("effective_on").toLocalDate(), null, null,
                    rs.wasNull() ? null : percent));
        });
        return jdbc.query("SELECT id, title, assigned_on FROM task WHERE id IN (:ids) AND directive = FALSE ORDER BY id",
                params, (rs, n) -> new TaskTimeline(rs.getLong("id"), rs.getString("title"),
                        rs.getDate("assigned_on").toLocalDate(), spans.getOrDefault(rs.getLong("id"), List.of()),
                        progress.getOrDefault(rs.getLong("id"), List.of())));
    }

    /** A span's open end or missing deadline is null, as {@link TaskSpan} has it. */
    private static @Nullable LocalDate day(@Nullable Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
