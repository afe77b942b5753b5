package vn.gov.cchc.portal.task.internal;

import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gov.cchc.portal.task.DeadlineBasis;
import vn.gov.cchc.portal.task.ReformArea;
import vn.gov.cchc.portal.task.StatusBucket;
import vn.gov.cchc.portal.task.TaskSpan;
import vn.gov.cchc.portal.task.TaskState;

/**
 * The running counts behind the dashboard (V9, docs/decisions/0011-running-counts-for-figures.md): kept in step
 * with the spans in the transaction that changes them, rebuilt from the spans after bulk inserts, and read as of
 * any day.
 */
@Component
public class FigurePoints {

    /** The origin row of every key: all counters zero, so that every day has an earlier row to start from. */
    static final LocalDate ORIGIN = LocalDate.of(1000, 1, 1);

    private static final Table AGENCY = new Table("figure_agency_point", "agency_id");
    private static final Table AREA = new Table("figure_area_point", "area");

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final EntityManager entityManager;
    private final FigureCache cache;

    FigurePoints(JdbcTemplate jdbc, TransactionTemplate transactions, EntityManager entityManager, FigureCache cache) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.entityManager = entityManager;
        this.cache = cache;
    }

    /** Whether the current transaction changed spans (it reads its own figures, not the ones kept for everyone). */
    boolean changedInThisTransaction() {
        return TransactionSynchronizationManager.hasResource(this);
    }

    /**
     * Records that a task's spans changed from {@code before} to {@code after}. The counts change just before the
     * transaction commits, all its changes at once, one writer at a time (see {@link #apply}).
     */
    public void record(LocalDate planDate, ReformArea area, List<TaskSpan> before, List<TaskSpan> after) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            transactions.executeWithoutResult(status -> record(planDate, area, before, after));
            return;
        }
        Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            pending = new Pending();
            TransactionSynchronizationManager.bindResource(this, pending);
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        FigureDeltas deltas = pending.byMonth.computeIfAbsent(PlanMonths.code(YearMonth.from(planDate)),
                m -> new FigureDeltas());
        deltas.add(area, after, 1);
        deltas.add(area, before, -1);
    }

    /**
     * Recomputes the running counts of the given plan months from the spans, a month per transaction (after bulk
     * inserts that bypass {@link #record}). The month's spans are read with shared locks before the writers' turn
     * is taken, so a task changed meanwhile either waits for the month or is already in the spans read.
     */
    public void rebuild(YearMonth first, YearMonth last) {
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            YearMonth current = month;
            transactions.executeWithoutResult(status -> rebuild(current));
            cache.changed();
        }
    }

    /** Adds the counts as of {@code asOf} of the tasks planned in the given whole months. */
    void addCounts(YearMonth first, YearMonth last, LocalDate asOf, DeadlineBasis basis, FigureTally tally) {
        String columns = FigureCounters.BUCKETS.stream().map(bucket -> "SUM(p." + FigureCounters.column(basis, bucket) + ")")
                .collect(Collectors.joining(", "));
        for (Table table : List.of(AGENCY, AREA)) {
            String key = table.keyColumn();
            String sql = "SELECT p." + key + ", " + columns + " FROM " + table.name() + " p JOIN (SELECT plan_month, " + key
                    + ", MAX(change_date) AS latest FROM " + table.name()
                    + " WHERE plan_month BETWEEN ? AND ? AND change_date <= ? GROUP BY plan_month, " + key + ") l"
                    + " ON p.plan_month = l.plan_month AND p." + key + " = l." + key + " AND p.change_date = l.latest"
                    + " GROUP BY p." + key;
            jdbc.query(sql, rs -> {
                for (int i = 0; i < FigureCounters.BUCKETS.size(); i++) {
                    StatusBucket bucket = FigureCounters.BUCKETS.get(i);
                    if (table == AGENCY) {
                        tally.addAgency(rs.getLong(1), bucket, rs.getLong(i + 2));
                    } else {
                        tally.addArea(ReformArea.valueOf(rs.getString(1)), bucket, rs.getLong(i + 2));
                    }
                }
            }, PlanMonths.code(first), PlanMonths.code(last), Date.valueOf(asOf));
        }
    }

    private void rebuild(YearMonth month) {
        FigureDeltas deltas = new FigureDeltas();
        jdbc.query("""
                SELECT s.area, s.from_date, s.to_date, s.state, s.agency_id, s.original_deadline, s.effective_deadline,
                       s.completed_on
                FROM task_span s WHERE s.in_plan IN (FALSE, TRUE) AND s.plan_date BETWEEN ? AND ? LOCK IN SHARE MODE""",
                rs -> {
                    deltas.add(ReformArea.valueOf(rs.getString(1)), List.of(span(rs)), 1);
                },
                Date.valueOf(month.atDay(1)), Date.valueOf(month.atEndOfMonth()));
        takeTurn();
        int code = PlanMonths.code(month);
        for (Table table : List.of(AGENCY, AREA)) {
            jdbc.update("DELETE FROM " + table.name() + " WHERE plan_month = ?", code);
        }
        insertRunning(AGENCY, code, deltas.byAgency());
        insertRunning(AREA, code, keyedByName(deltas.byArea()));
    }

    private void insertRunning(Table table, int month, Map<?, NavigableMap<LocalDate, int[]>> changesByKey) {
        List<Object[]> rows = new ArrayList<>();
        for (Map.Entry<?, NavigableMap<LocalDate, int[]>> entry : changesByKey.entrySet()) {
            int[] running = new int[FigureCounters.SIZE];
            rows.add(row(month, entry.getKey(), ORIGIN, running));
            for (Map.Entry<LocalDate, int[]> change : entry.getValue().entrySet()) {
                if (!FigureCounters.isZero(change.getValue())) {
                    for (int i = 0; i < running.length; i++) {
                        running[i] += change.getValue()[i];
                    }
                    rows.add(row(month, entry.getKey(), change.getKey(), running));
                }
            }
        }
        insertRows(table, rows);
    }

    /** Writes rows of (plan month, key, day, counters…) in one batch. */
    private void insertRows(Table table, List<Object[]> rows) {
        jdbc.batchUpdate("INSERT INTO " + table.name() + " (plan_month, " + table.keyColumn() + ", change_date, "
                + String.join(", ", FigureCounters.COLUMNS) + ") VALUES (?, ?, ?" + ", ?".repeat(FigureCounters.SIZE) + ")",
                rows);
    }

    private static Object[] row(int month, Object key, LocalDate day, int[] counters) {
        Object[] row = new Object[3 + counters.length];
        row[0] = month;
        row[1] = key;
        row[2] = Date.valueOf(day);
        for (int i = 0; i < counters.length; i++) {
            row[3 + i] = counters[i];
        }
        return row;
    }

    /**
     * Applies a transaction's changes. Writers take turns on the one lock row: an update of a key's rows from a
     * day on also locks the next key's first row (InnoDB's next-key locking), so turns per key would still let two
     * writers wait on each other in a circle. The entity changes are flushed first, so that a writer holding the
     * turn has nothing left to do that could wait on another writer.
     */
    private void apply(NavigableMap<Integer, FigureDeltas> byMonth) {
        if (byMonth.values().stream().allMatch(FigureDeltas::isEmpty)) {
            return;
        }
        entityManager.flush();
        takeTurn();
        Rewrite agency = new Rewrite(AGENCY);
        Rewrite area = new Rewrite(AREA);
        for (Map.Entry<Integer, FigureDeltas> month : byMonth.entrySet()) {
            month.getValue().byAgency().forEach((key, changes) -> agency.add(month.getKey(), key, changes));
            keyedByName(month.getValue().byArea()).forEach((key, changes) -> area.add(month.getKey(), key, changes));
        }
        agency.run();
        area.run();
    }

    private void takeTurn() {
        jdbc.queryForList("SELECT id FROM figure_lock WHERE id = 1 FOR UPDATE");
    }

    /**
     * Adds a transaction's changes to the rows of the keys (plan month and agency or area) they touch, in a few
     * statements however many (a plan import changes hundreds of keys on hundreds of days): the keys' rows are read,
     * each changed day gets a row (a copy of the day before's counts) if it had none, each change is added to the
     * key's rows from its day on, and the keys' rows are written back in batches.
     */
    private final class Rewrite {
        private static final int READ_CHUNK = 200;

        private record Key(int month, Object key) {
        }

        private final Table table;
        private final Map<Key, NavigableMap<LocalDate, int[]>> changesByKey = new LinkedHashMap<>();

        Rewrite(Table table) {
            this.table = table;
        }

        void add(int month, Object key, NavigableMap<LocalDate, int[]> changes) {
            if (!changes.values().stream().allMatch(FigureCounters::isZero)) {
                changesByKey.put(new Key(month, key), changes);
            }
        }

        void run() {
            if (changesByKey.isEmpty()) {
                return;
            }
            Map<Key, NavigableMap<LocalDate, int[]>> rows = read();
            List<Object[]> deletes = new ArrayList<>();
            List<Object[]> inserts = new ArrayList<>();
            changesByKey.forEach((key, changes) -> {
                NavigableMap<LocalDate, int[]> running = rows.computeIfAbsent(key, k -> origin());
                changes.forEach((day, delta) -> {
                    if (!FigureCounters.isZero(delta) && !running.containsKey(day)) {
                        running.put(day, running.floorEntry(day).getValue().clone());
                    }
                });
                int[] added = new int[FigureCounters.SIZE];
                var pending = changes.entrySet().iterator();
                var next = pending.hasNext() ? pending.next() : null;
                for (Map.Entry<LocalDate, int[]> row : running.entrySet()) {
                    while (next != null && !next.getKey().isAfter(row.getKey())) {
                        for (int i = 0; i < added.length; i++) {
                            added[i] += next.getValue()[i];
                        }
                        next = pending.hasNext() ? pending.next() : null;
                    }
                    for (int i = 0; i < added.length; i++) {
                        row.getValue()[i] += added[i];
                    }
                    inserts.add(row(key.month(), key.key(), row.getKey(), row.getValue()));
                }
                deletes.add(new Object[] {key.month(), key.key()});
            });
            jdbc.batchUpdate("DELETE FROM " + table.name() + " WHERE plan_month = ? AND " + table.keyColumn() + " = ?", deletes);
            insertRows(table, inserts);
        }

        private NavigableMap<LocalDate, int[]> origin() {
            NavigableMap<LocalDate, int[]> rows = new TreeMap<>();
            rows.put(ORIGIN, new int[FigureCounters.SIZE]);
            return rows;
        }

        /**
         * The current rows of the keys changed, by key: a locking read, which sees the rows the writer before this
         * one committed (a plain read would see the transaction's first snapshot).
         */
        private Map<Key, NavigableMap<LocalDate, int[]>> read() {
            Map<Key, NavigableMap<LocalDate, int[]>> rows = new HashMap<>();
            List<Key> keys = new ArrayList<>(changesByKey.keySet());
            for (int from = 0; from < keys.size(); from += READ_CHUNK) {
                List<Key> chunk = keys.subList(from, Math.min(keys.size(), from + READ_CHUNK));
                List<Object> arguments = new ArrayList<>();
                chunk.forEach(key -> Collections.addAll(arguments, key.month(), key.key()));
                jdbc.query("SELECT plan_month, " + table.keyColumn() + ", change_date, " + String.join(", ", FigureCounters.COLUMNS)
                        + " FROM " + table.name() + " WHERE (plan_month, " + table.keyColumn() + ") IN ("
                        + String.join(", ", Collections.nCopies(chunk.size(), "(?, ?)")) + ") FOR UPDATE", rs -> {
                            Object keyValue = table == AGENCY ? (Object) rs.getLong(2) : rs.getString(2);
                            int[] counters = new int[FigureCounters.SIZE];
                            for (int i = 0; i < counters.length; i++) {
                                counters[i] = rs.getInt(4 + i);
                            }
                            rows.computeIfAbsent(new Key(rs.getInt(1), keyValue), k -> new TreeMap<>())
                                    .put(rs.getObject(3, LocalDate.class), counters);
                        }, arguments.toArray());
            }
            return rows;
        }
    }

    private static Map<String, NavigableMap<LocalDate, int[]>> keyedByName(Map<ReformArea, NavigableMap<LocalDate, int[]>> byArea) {
        Map<String, NavigableMap<LocalDate, int[]>> byName = new TreeMap<>();
        byArea.forEach((area, changes) -> byName.put(area.name(), changes));
        return byName;
    }

    private static TaskSpan span(ResultSet rs) throws SQLException {
        return new TaskSpan(rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class),
                TaskState.valueOf(rs.getString(4)), rs.getLong(5), rs.getObject(6, LocalDate.class),
                rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class));
    }

    private record Table(String name, String keyColumn) {
    }

    /**
     * One transaction's changes, applied just before it commits, before any other work gathered for the commit: the
     * early warning's counts take their own writers' turn after this one, always in that order (ADR 0026).
     */
    private final class Pending implements TransactionSynchronization {

        private final NavigableMap<Integer, FigureDeltas> byMonth = new TreeMap<>();

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            apply(byMonth);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(FigurePoints.this);
            cache.changed();
        }
    }
}
