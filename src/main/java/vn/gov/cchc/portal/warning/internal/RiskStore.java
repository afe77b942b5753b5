package vn.gov.cchc.portal.warning.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The early warning's precomputed days (V33): each task's segments, and per agency the running counts of its tasks
 * open with the deadline ahead and of those at risk, one row per day a count changed (the pattern of ADR 0011).
 * A task changed in the portal has its segments replaced and the counts moved by the difference, in its own
 * transaction; a bulk rewrite (settings changed, tasks generated) replaces segments a batch at a time and sums the
 * counts from all segments once at the end. Every writer takes the one turn first.
 */
@Component
public class RiskStore {

    private static final int CHUNK = 1000;

    private final NamedParameterJdbcTemplate jdbc;

    RiskStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Per agency, its tasks open on the day with their deadline ahead and how many of them are at risk. */
    public Map<Long, Counts> asOf(LocalDate day) {
        Map<Long, Counts> counts = new HashMap<>();
        jdbc.query("""
                SELECT p.agency_id, p.open_count, p.risk_count FROM risk_point p
                JOIN (SELECT agency_id, MAX(change_date) AS latest FROM risk_point WHERE change_date <= :day GROUP BY agency_id) m
                  ON m.agency_id = p.agency_id AND m.latest = p.change_date""", new MapSqlParameterSource("day", Date.valueOf(day)),
                rs -> {
                    if (rs.getInt("open_count") > 0) {
                        counts.put(rs.getLong("agency_id"), new Counts(rs.getInt("open_count"), rs.getInt("risk_count")));
                    }
                });
        return counts;
    }

    /** The tasks at risk on the day, of the agency (all: null), as their segments say. */
    public List<Long> atRiskOn(LocalDate day, @Nullable Long agencyId) {
        return jdbc.queryForList("SELECT task_id FROM risk_segment WHERE at_risk AND to_date > :day AND from_date <= :day"
                + (agencyId == null ? "" : " AND agency_id = :agency"),
                new MapSqlParameterSource("day", Date.valueOf(day)).addValue("agency", agencyId), Long.class);
    }

    /** An agency's tasks open on a day with their deadline ahead, and how many of them are at risk. */
    public record Counts(int open, int atRisk) {
    }

    /** Replaces the tasks' segments and moves the counts by the difference (a task changed in the portal). */
    void replace(Map<Long, List<RiskSegment>> byTask) {
        takeTurn();
        Map<Long, NavigableMap<LocalDate, int[]>> deltas = new HashMap<>();
        for (List<Long> chunk : chunks(byTask.keySet())) {
            jdbc.query("SELECT task_id, from_date, to_date, agency_id, at_risk FROM risk_segment WHERE task_id IN (:ids) FOR UPDATE",
                    new MapSqlParameterSource("ids", chunk), rs -> {
                        add(deltas, new RiskSegment(rs.getDate("from_date").toLocalDate(), rs.getDate("to_date").toLocalDate(),
                                rs.getLong("agency_id"), rs.getBoolean("at_risk")), -1);
                    });
        }
        byTask.values().forEach(segments -> segments.forEach(segment -> add(deltas, segment, 1)));
        write(byTask);
        deltas.forEach(this::move);
    }

    /** Replaces the tasks' segments only (a batch of a bulk rewrite; the counts are summed at its end). */
    void replaceSegments(Map<Long, List<RiskSegment>> byTask) {
        takeTurn();
        write(byTask);
    }

    /** Marks the counts as no longer the sum of the segments (a bulk rewrite begins). */
    void markStale() {
        jdbc.update("UPDATE risk_lock SET stale = TRUE WHERE id = 1", new MapSqlParameterSource());
    }

    boolean stale() {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT stale FROM risk_lock WHERE id = 1", new MapSqlParameterSource(),
                Boolean.class));
    }

    /** Sums the counts from all segments again and marks them current. */
    void sumPoints() {
        takeTurn();
        jdbc.update("DELETE FROM risk_point", new MapSqlParameterSource());
        List<Object[]> rows = new ArrayList<>();
        long[] agency = {-1};
        int[] running = new int[2];
        jdbc.query("""
                SELECT agency_id, day, SUM(open_change) AS open_change, SUM(risk_change) AS risk_change FROM (
                  SELECT agency_id, from_date AS day, 1 AS open_change, IF(at_risk, 1, 0) AS risk_change FROM risk_segment
                  UNION ALL
                  SELECT agency_id, to_date, -1, IF(at_risk, -1, 0) FROM risk_segment) changes
                GROUP BY agency_id, day ORDER BY agency_id, day""", new MapSqlParameterSource(), rs -> {
            if (rs.getLong("agency_id") != agency[0]) {
                agency[0] = rs.getLong("agency_id");
                running[0] = 0;
                running[1] = 0;
            }
            running[0] += rs.getInt("open_change");
            running[1] += rs.getInt("risk_change");
            rows.add(new Object[] {agency[0], rs.getDate("day"), running[0], running[1]});
        });
        batchInsertPoints(rows);
        jdbc.update("UPDATE risk_lock SET stale = FALSE WHERE id = 1", new MapSqlParameterSource());
    }

    private void takeTurn() {
        jdbc.queryForList("SELECT id FROM risk_lock WHERE id = 1 FOR UPDATE", new MapSqlParameterSource());
    }

    private void write(Map<Long, List<RiskSegment>> byTask) {
        for (List<Long> chunk : chunks(byTask.keySet())) {
            jdbc.update("DELETE FROM risk_segment WHERE task_id IN (:ids)", new MapSqlParameterSource("ids", chunk));
        }
        List<MapSqlParameterSource> inserts = new ArrayList<>();
        byTask.forEach((task, segments) -> segments.forEach(segment -> inserts.add(new MapSqlParameterSource("task", task)
                .addValue("from", Date.valueOf(segment.from())).addValue("to", Date.valueOf(segment.to()))
                .addValue("agency", segment.agencyId()).addValue("risk", segment.atRisk()))));
        for (int from = 0; from < inserts.size(); from += CHUNK) {
            jdbc.batchUpdate("""
                    INSERT INTO risk_segment (task_id, from_date, to_date, agency_id, at_risk)
                    VALUES (:task, :from, :to, :agency, :risk)""",
                    inserts.subList(from, Math.min(inserts.size(), from + CHUNK)).toArray(MapSqlParameterSource[]::new));
        }
    }

    private static void add(Map<Long, NavigableMap<LocalDate, int[]>> deltas, RiskSegment segment, int sign) {
        NavigableMap<LocalDate, int[]> agency = deltas.computeIfAbsent(segment.agencyId(), id -> new TreeMap<>());
        int[] start = agency.computeIfAbsent(segment.from(), day -> new int[2]);
        start[0] += sign;
        start[1] += segment.atRisk() ? sign : 0;
        int[] end = agency.computeIfAbsent(segment.to(), day -> new int[2]);
        end[0] -= sign;
        end[1] -= segment.atRisk() ? sign : 0;
    }

    /**
     * Adds an agency's changes to its rows from each change's day on: a changed day without a row gets one (a copy of
     * the counts before it), then every row from the first change on is written back with the changes up to it added.
     */
    private void move(long agency, NavigableMap<LocalDate, int[]> changes) {
        changes.values().removeIf(change -> change[0] == 0 && change[1] == 0);
        if (changes.isEmpty()) {
            return;
        }
        LocalDate first = changes.firstKey();
        MapSqlParameterSource params = new MapSqlParameterSource("agency", agency).addValue("first", Date.valueOf(first));
        NavigableMap<LocalDate, int[]> rows = new TreeMap<>();
        jdbc.query("""
                SELECT change_date, open_count, risk_count FROM risk_point WHERE agency_id = :agency AND change_date >= (
                  SELECT COALESCE(MAX(change_date), :first) FROM risk_point WHERE agency_id = :agency AND change_date <= :first)
                FOR UPDATE""", params, rs -> {
            rows.put(rs.getDate("change_date").toLocalDate(), new int[] {rs.getInt("open_count"), rs.getInt("risk_count")});
        });
        for (LocalDate day : changes.keySet()) {
            if (!rows.containsKey(day)) {
                Map.Entry<LocalDate, int[]> before = rows.floorEntry(day);
                rows.put(day, before == null ? new int[2] : before.getValue().clone());
            }
        }
        int[] added = new int[2];
        List<Object[]> written = new ArrayList<>();
        for (Map.Entry<LocalDate, int[]> row : rows.tailMap(first, true).entrySet()) {
            int[] change = changes.get(row.getKey());
            if (change != null) {
                added[0] += change[0];
                added[1] += change[1];
            }
            written.add(new Object[] {agency, Date.valueOf(row.getKey()), row.getValue()[0] + added[0], row.getValue()[1] + added[1]});
        }
        batchInsertPoints(written);
    }

    private void batchInsertPoints(List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += CHUNK) {
            jdbc.getJdbcTemplate().batchUpdate("""
                    INSERT INTO risk_point (agency_id, change_date, open_count, risk_count) VALUES (?, ?, ?, ?)
                    ON DUPLICATE KEY UPDATE open_count = VALUES(open_count), risk_count = VALUES(risk_count)""",
                    rows.subList(from, Math.min(rows.size(), from + CHUNK)));
        }
    }

    private static List<List<Long>> chunks(Collection<Long> ids) {
        List<Long> all = List.copyOf(ids);
        List<List<Long>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
        }
        return chunks;
    }
}
