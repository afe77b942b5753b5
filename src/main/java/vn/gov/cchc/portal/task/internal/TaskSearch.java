package vn.gov.cchc.portal.task.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.gov.cchc.portal.agency.AgencyKind;
import vn.gov.cchc.portal.agency.AgencyName;
import vn.gov.cchc.portal.common.DocumentRef;
import vn.gov.cchc.portal.common.TextMatch;
import vn.gov.cchc.portal.task.DeadlineBasis;
import vn.gov.cchc.portal.task.ReformArea;
import vn.gov.cchc.portal.task.TaskFilter;
import vn.gov.cchc.portal.task.TaskMark;
import vn.gov.cchc.portal.task.TaskMarksChanged;
import vn.gov.cchc.portal.task.TaskRow;
import vn.gov.cchc.portal.task.TaskSort;
import vn.gov.cchc.portal.task.TaskSpan;
import vn.gov.cchc.portal.task.TaskState;
import vn.gov.cchc.portal.task.TaskStatus;
import vn.gov.cchc.portal.task.TaskStatusEngine;

/**
 * The task grid's query, paged in the database. Statuses "as of" a date come from the span projection: the SQL
 * expression below filters by them, and each row's status is then computed by the engine itself from its span,
 * so the two can be checked against each other.
 */
@Component
public class TaskSearch {

    /** The engine's rules for OPEN/AWAITING/DONE spans in SQL, against the deadline in force (:asOf, :soon). */
    static final String STATUS_SQL = """
            CASE
              WHEN s.state IS NULL THEN 'NOT_YET_ASSIGNED'
              WHEN s.state = 'DONE' THEN
                CASE WHEN s.effective_deadline IS NULL OR s.completed_on <= s.effective_deadline
                     THEN 'DONE_ON_TIME' ELSE 'DONE_LATE' END
              WHEN s.state = 'OPEN' THEN
                CASE WHEN s.effective_deadline IS NULL THEN 'NO_DEADLINE'
                     WHEN :asOf > s.effective_deadline THEN 'OPEN_OVERDUE'
                     WHEN DATEDIFF(s.effective_deadline, :asOf) <= :soon THEN 'DUE_SOON'
                     ELSE 'OPEN_IN_TIME' END
              ELSE s.state
            END""";


    private final NamedParameterJdbcTemplate jdbc;
    private final TaskIdCache idCache = new TaskIdCache();
    /** The conditions of the marks other modules offer, by key. */
    private final Map<String, String> marks;

    TaskSearch(NamedParameterJdbcTemplate jdbc, List<TaskMark> marks) {
        this.jdbc = jdbc;
        this.marks = marks.stream().collect(Collectors.toMap(TaskMark::key, TaskMark::condition));
    }

    /** Any change to any task makes cached id lists stale. */
    public void invalidate() {
        idCache.invalidate();
    }

    /** So does a change of what a mark reads (the early warning's settings). */
    @EventListener
    void on(TaskMarksChanged changed) {
        invalidate();
    }

    /**
     * One page of the list. The newest-first list is read directly at any depth (the ids walk its index, newest
     * first); the other orders from the filter's ordered id list, built once and kept until a task changes.
     */
    public List<TaskRow> page(TaskFilter filter, int dueSoonDays, LocalDate today, int offset, int limit) {
        if (filter.sort() == TaskSort.NEWEST && !scansEveryRow(filter)) {
            return directPage(filter, dueSoonDays, today, offset, limit);
        }
        List<Long> ids = idCache.ids(filter, dueSoonDays, () -> allIds(filter, dueSoonDays, today));
        if (offset >= ids.size()) {
            return List.of();
        }
        return rowsByIds(ids.subList(offset, Math.min(ids.size(), offset + limit)), filter.asOf(), dueSoonDays);
    }

    private List<Long> allIds(TaskFilter filter, int dueSoonDays, LocalDate today) {
        String select = " " + from(filter, today) + " WHERE " + where(filter, today);
        MapSqlParameterSource params = params(filter, dueSoonDays);
        if (filter.sort() != TaskSort.AGENCY) {
            String order = filter.sort() == TaskSort.DEADLINE ? " ORDER BY t.deadline IS NULL, t.deadline, t.id"
                    : " ORDER BY t.id DESC";
            return jdbc.queryForList("SELECT t.id" + select + order, params, Long.class);
        }
        // by agency: the ids come off the (lead agency, id) index in agency-id order, one block per agency; the blocks
        // are then put in the agencies' name order (newest first inside each), which is much cheaper than letting the
        // database sort every row by a joined name
        Map<Long, List<Long>> blocks = new HashMap<>();
        jdbc.query("SELECT t.id, t.lead_agency_id" + select + " ORDER BY t.lead_agency_id, t.id", params, rs -> {
            blocks.computeIfAbsent(rs.getLong(2), agency -> new ArrayList<>()).add(rs.getLong(1));
        });
        List<Long> ids = new ArrayList<>();
        for (long agency : agenciesByName()) {
            List<Long> block = blocks.remove(agency);
            if (block != null) {
                ids.addAll(block.reversed());
            }
        }
        blocks.values().forEach(block -> ids.addAll(block.reversed()));
        return ids;
    }

    /**
     * Filters the database can only answer by reading every task (text inside titles): their list is read once into
     * the id cache, which then gives the count and every page.
     */
    private static boolean scansEveryRow(TaskFilter filter) {
        return filter.text() != null && !filter.text().isBlank();
    }

    /** The agencies in the Vietnamese order of their names (the registry is small; read each time). */
    private List<Long> agenciesByName() {
        return jdbc.queryForList("SELECT id FROM agency ORDER BY name_vi, id", new MapSqlParameterSource(), Long.class);
    }

    public List<TaskRow> rows(List<Long> ids, LocalDate asOf, int dueSoonDays) {
        return ids.isEmpty() ? List.of() : rowsByIds(ids, asOf, dueSoonDays);
    }

    /**
     * The ids after {@code afterId}, upwards, of the tasks assigned by {@code asOf} (of the lead agency, when one is
     * given): a keyset page, as deep as wanted at the cost of the first.
     */
    public List<Long> idsAfter(long afterId, Long leadAgencyId, LocalDate asOf, int limit) {
        MapSqlParameterSource params = new MapSqlParameterSource("after", afterId).addValue("asOf", Date.valueOf(asOf))
                .addValue("agency", leadAgencyId).addValue("limit", limit);
        return jdbc.queryForList("SELECT id FROM task WHERE id > :after AND assigned_on <= :asOf"
                + (leadAgencyId == null ? "" : " AND lead_agency_id = :agency") + " ORDER BY id LIMIT :limit", params, Long.class);
    }

    /** A row of an agency's own list: the task, whether the agency leads it, its status as of the day. */
    public record AgencyRowData(long id, String title, ReformArea area, boolean leads, @Nullable Long leadAgencyId,
            @Nullable LocalDate deadline, TaskStatus status, @Nullable Long sessionId, long version) {
    }

    /**
     * The tasks an agency leads or supports (not the directives above them), filtered as the secretariat's list filters
     * (the same status rule in SQL, the same folded text), the most urgent first: overdue, due soon, the others in
     * progress, awaiting confirmation, then the finished ones; by deadline inside each. One page of it, as the
     * agency's grid shows it (ADR 0022: the screen holds no more than it shows).
     */
    public List<AgencyRowData> agencyRows(long agencyId, @Nullable TaskStatus status, @Nullable ReformArea area,
            @Nullable Long sessionId, @Nullable String text, LocalDate asOf, int dueSoonDays, int offset, int limit) {
        MapSqlParameterSource params = agencyParams(agencyId, status, area, sessionId, text, asOf, dueSoonDays)
                .addValue("offset", offset).addValue("limit", limit);
        String sql = "SELECT * FROM (" + agencySql(area, sessionId, text) + """
                ) mine
                WHERE (:status IS NULL OR mine.status = :status)
                ORDER BY CASE mine.status WHEN 'OPEN_OVERDUE' THEN 0 WHEN 'DUE_SOON' THEN 1 WHEN 'AWAITING_CONFIRMATION' THEN 3
                           WHEN 'DONE_ON_TIME' THEN 4 WHEN 'DONE_LATE' THEN 4 WHEN 'WITHDRAWN' THEN 4 WHEN 'REASSIGNED' THEN 4
                           WHEN 'SUSPENDED' THEN 4 ELSE 2 END,
                         mine.deadline IS NULL, mine.deadline, mine.id
                LIMIT :limit OFFSET :offset""";
        return jdbc.query(sql, params, (rs, n) -> {
            long lead = rs.getLong("lead_agency_id");
            Long leadId = rs.wasNull() ? null : lead;
            long session = rs.getLong("session_id");
            Long sessionValue = rs.wasNull() ? null : session;
            return new AgencyRowData(rs.getLong("id"), rs.getString("title"), ReformArea.valueOf(rs.getString("area")),
                    rs.getBoolean("leads"), leadId, rs.getObject("deadline", LocalDate.class),
                    TaskStatus.valueOf(rs.getString("status")), sessionValue, rs.getLong("version"));
        });
    }

    /** How many rows the same list has. */
    public int agencyRowCount(long agencyId, @Nullable TaskStatus status, @Nullable ReformArea area,
            @Nullable Long sessionId, @Nullable String text, LocalDate asOf, int dueSoonDays) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM (" + agencySql(area, sessionId, text)
                        + ") mine WHERE (:status IS NULL OR mine.status = :status)",
                agencyParams(agencyId, status, area, sessionId, text, asOf, dueSoonDays), Integer.class);
        return count == null ? 0 : count;
    }

    private static MapSqlParameterSource agencyParams(long agencyId, @Nullable TaskStatus status, @Nullable ReformArea area,
            @Nullable Long sessionId, @Nullable String text, LocalDate asOf, int dueSoonDays) {
        return new MapSqlParameterSource("agency", agencyId).addValue("asOf", Date.valueOf(asOf))
                .addValue("soon", dueSoonDays).addValue("area", area == null ? null : area.name())
                .addValue("sessionId", sessionId).addValue("status", status == null ? null : status.name())
                .addValue("text", "%" + escapeLike(TextMatch.fold(text)) + "%");
    }

    /**
     * The agency's own tasks found through the indexes on the lead agency and the supporting agencies (one OR across
     * both read every task of the portal: ADR 0022), with their status as of the day.
     */
    private static String agencySql(@Nullable ReformArea area, @Nullable Long sessionId, @Nullable String text) {
        return """
                  SELECT t.id, t.title, t.area, t.lead_agency_id, t.deadline, t.session_id, t.version,
                         t.lead_agency_id = :agency AS leads, %s AS status
                  FROM (SELECT id FROM task WHERE lead_agency_id = :agency
                        UNION SELECT task_id FROM task_support WHERE agency_id = :agency) ids
                  JOIN task t ON t.id = ids.id
                  LEFT JOIN task_span s ON s.task_id = t.id AND s.from_date <= :asOf AND (s.to_date IS NULL OR s.to_date > :asOf)
                  WHERE t.directive = FALSE
                    %s""".formatted(STATUS_SQL,
                (area == null ? "" : " AND t.area = :area") + (sessionId == null ? "" : " AND t.session_id = :sessionId")
                        + (text == null || text.isBlank() ? "" : " AND t.search_text COLLATE utf8mb4_bin LIKE :text"));
    }

    /** The rows of the ids, in the order of the ids. */
    private List<TaskRow> rowsByIds(List<Long> ids, LocalDate asOf, int dueSoonDays) {
        MapSqlParameterSource params = new MapSqlParameterSource("ids", ids).addValue("asOf", Date.valueOf(asOf));
        Map<Long, TaskRow> byId = new HashMap<>();
        jdbc.query(SELECT_ROWS + " WHERE t.id IN (:ids)", params, rs -> {
            TaskRow row = row(rs, asOf, dueSoonDays);
            byId.put(row.id(), row);
        });
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    private static final String SELECT_ROWS = """
            SELECT t.id, t.parent_id, t.title, t.area, t.lead_agency_id, a.name_vi, a.name_en, t.assigned_on,
                   t.original_deadline, t.deadline, t.version,
                   s.state, s.from_date, s.agency_id, s.original_deadline AS s_original, s.effective_deadline, s.completed_on
            FROM task t
            LEFT JOIN task_span s ON s.task_id = t.id AND s.from_date <= :asOf AND (s.to_date IS NULL OR s.to_date > :asOf)
            LEFT JOIN agency a ON a.id = t.lead_agency_id""";

    private List<TaskRow> directPage(TaskFilter filter, int dueSoonDays, LocalDate today, int offset, int limit) {
        MapSqlParameterSource params = params(filter, dueSoonDays);
        params.addValue("limit", limit).addValue("offset", offset);
        // the ids are found first (narrow rows, index order), then only that page is joined for display
        String sql = SELECT_ROWS.replace("FROM task t", "FROM (SELECT t.id %s WHERE %s ORDER BY t.id DESC LIMIT :limit OFFSET :offset) page JOIN task t ON t.id = page.id")
                .formatted(from(filter, today), where(filter, today)) + " ORDER BY t.id DESC";
        return jdbc.query(sql, params, (rs, n) -> row(rs, filter.asOf(), dueSoonDays));
    }

    /** How many tasks the list holds; statuses as of today come from the task rows' own indexes. */
    public long count(TaskFilter filter, int dueSoonDays, LocalDate today) {
        if (scansEveryRow(filter)) {
            return idCache.ids(filter, dueSoonDays, () -> allIds(filter, dueSoonDays, today)).size();
        }
        String sql = "SELECT COUNT(*) " + from(filter, today) + " WHERE " + where(filter, today);
        Long count = jdbc.queryForObject(sql, params(filter, dueSoonDays), Long.class);
        return count == null ? 0 : count;
    }

    /**
     * Whether the status filter can be answered from the task row: as of today the row holds its current state,
     * deadline in force and completion day (the last span's), so no span has to be read.
     */
    static boolean current(TaskFilter filter, LocalDate today) {
        return filter.status() != null && filter.asOf().equals(today) && CURRENT_STATUS_SQL.containsKey(filter.status());
    }

    /** The engine's rules on the task row's current columns, for a filter as of today (see {@link #STATUS_SQL}). */
    static final Map<TaskStatus, String> CURRENT_STATUS_SQL = Map.of(
            TaskStatus.OPEN_OVERDUE, "t.state = 'OPEN' AND t.deadline < :asOf",
            TaskStatus.DUE_SOON, "t.state = 'OPEN' AND t.deadline >= :asOf AND t.deadline <= DATE_ADD(:asOf, INTERVAL :soon DAY)",
            TaskStatus.OPEN_IN_TIME, "t.state = 'OPEN' AND t.deadline > DATE_ADD(:asOf, INTERVAL :soon DAY)",
            TaskStatus.NO_DEADLINE, "t.state = 'OPEN' AND t.deadline IS NULL",
            TaskStatus.DONE_ON_TIME, "t.state = 'DONE' AND (t.deadline IS NULL OR t.completed_on <= t.deadline)",
            TaskStatus.DONE_LATE, "t.state = 'DONE' AND t.completed_on > t.deadline",
            TaskStatus.AWAITING_CONFIRMATION, "t.state = 'AWAITING_CONFIRMATION'",
            TaskStatus.SUSPENDED, "t.state = 'SUSPENDED'",
            TaskStatus.WITHDRAWN, "t.state = 'WITHDRAWN'");

    /**
     * The FROM clause. A status as of another day than today is read from the spans: the spans in force on that
     * day in the span state the status needs drive the query (index {@code ix_span_state}), each joined to its task;
     * "not yet assigned" is the tasks without such a span.
     */
    private static String from(TaskFilter filter, LocalDate today) {
        StringBuilder from = new StringBuilder();
        boolean spans = filter.status() != null && !current(filter, today);
        if (spans && filter.status() != TaskStatus.NOT_YET_ASSIGNED) {
            from.append("FROM task_span s STRAIGHT_JOIN task t ON t.id = s.task_id");
        } else {
            from.append("FROM task t");
            if (spans) {
                from.append(" LEFT JOIN task_span s ON s.task_id = t.id AND s.from_date <= :asOf")
                        .append(" AND (s.to_date IS NULL OR s.to_date > :asOf)");
            }
        }
        if (filter.group() != null) {
            from.append(" JOIN agency ga ON ga.id = t.lead_agency_id");
        }
        return from.toString();
    }

    /** The span state a status as of a day is found in. */
    private static String spanState(TaskStatus status) {
        return switch (status) {
            case OPEN_IN_TIME, DUE_SOON, OPEN_OVERDUE, NO_DEADLINE -> "OPEN";
            case DONE_ON_TIME, DONE_LATE -> "DONE";
            default -> status.name();
        };
    }

    private String where(TaskFilter filter, LocalDate today) {
        List<String> conditions = new ArrayList<>();
        conditions.add("t.directive = FALSE");
        if (filter.agencyId() != null) {
            conditions.add("t.lead_agency_id = :agencyId");
        }
        if (filter.group() != null) {
            conditions.add("ga.kind IN (:kinds)");
        }
        if (filter.area() != null) {
            conditions.add("t.area = :area");
        }
        if (filter.sessionId() != null) {
            conditions.add("t.session_id = :sessionId");
        }
        if (filter.deadlineFrom() != null) {
            conditions.add("t.deadline >= :deadlineFrom");
        }
        if (filter.deadlineTo() != null) {
            conditions.add("t.deadline <= :deadlineTo");
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            conditions.add("t.search_text COLLATE utf8mb4_bin LIKE :text");
        }
        if (current(filter, today)) {
            conditions.add(CURRENT_STATUS_SQL.get(filter.status()));
        } else if (filter.status() == TaskStatus.NOT_YET_ASSIGNED) {
            conditions.add("s.task_id IS NULL");
        } else if (filter.status() != null) {
            conditions.add("s.state = '" + spanState(filter.status()) + "' AND s.from_date <= :asOf"
                    + " AND (s.to_date IS NULL OR s.to_date > :asOf)");
            conditions.add("(" + STATUS_SQL + ") = :status");
        }
        if (filter.mark() != null) {
            conditions.add("(" + marks.getOrDefault(filter.mark(), "FALSE") + ")");
        }
        return String.join(" AND ", conditions);
    }

    private static MapSqlParameterSource params(TaskFilter filter, int dueSoonDays) {
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("asOf", Date.valueOf(filter.asOf()))
                .addValue("soon", dueSoonDays)
                .addValue("agencyId", filter.agencyId())
                .addValue("area", filter.area() == null ? null : filter.area().name())
                .addValue("sessionId", filter.sessionId())
                .addValue("deadlineFrom", filter.deadlineFrom() == null ? null : Date.valueOf(filter.deadlineFrom()))
                .addValue("deadlineTo", filter.deadlineTo() == null ? null : Date.valueOf(filter.deadlineTo()))
                .addValue("text", "%" + escapeLike(TextMatch.fold(filter.text())) + "%")
                .addValue("status", filter.status() == null ? null : filter.status().name());
        if (filter.group() != null) {
            params.addValue("kinds", Arrays.stream(AgencyKind.values())
                    .filter(kind -> kind.group() == filter.group()).map(Enum::name).toList());
        }
        return params;
    }

    private static TaskRow row(ResultSet rs, LocalDate asOf, int dueSoonDays) throws SQLException {
        String state = rs.getString("state");
        List<TaskSpan> spans = state == null ? List.of() : List.of(new TaskSpan(rs.getObject("from_date", LocalDate.class),
                null, TaskState.valueOf(state), rs.getLong("agency_id"), rs.getObject("s_original", LocalDate.class),
                rs.getObject("effective_deadline", LocalDate.class), rs.getObject("completed_on", LocalDate.class)));
        var status = TaskStatusEngine.statusAsOf(spans, asOf, DeadlineBasis.EXTENDED, dueSoonDays).status();
        Long parent = rs.getObject("parent_id", Long.class);
        Long lead = rs.getObject("lead_agency_id", Long.class);
        return new TaskRow(rs.getLong("id"), parent, rs.getString("title"),
                ReformArea.valueOf(rs.getString("area")), lead,
                lead == null ? null : new AgencyName(rs.getString("name_vi"), rs.getString("name_en")),
                rs.getObject("assigned_on", LocalDate.class), rs.getObject("deadline", LocalDate.class), status,
                rs.getLong("version"));
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** What a task's spreadsheet row adds to its grid row: product, document, note and the supporting agencies. */
    public record SheetDetails(String product, DocumentRef document, String note, List<Long> supportAgencyIds) {
    }

    /** The sheet details of the given tasks (a page of a list), read in two queries. */
    public Map<Long, SheetDetails> sheetDetails(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        MapSqlParameterSource params = new MapSqlParameterSource("ids", ids);
        Map<Long, List<Long>> support = new HashMap<>();
        jdbc.query("SELECT task_id, agency_id FROM task_support WHERE task_id IN (:ids) ORDER BY task_id, agency_id", params,
                rs -> {
                    support.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getLong(2));
                });
        Map<Long, SheetDetails> details = new HashMap<>();
        jdbc.query("SELECT id, product, doc_number, doc_date, doc_signer, description FROM task WHERE id IN (:ids)", params,
                rs -> {
                    long id = rs.getLong("id");
                    details.put(id, new SheetDetails(rs.getString("product"), new DocumentRef(rs.getString("doc_number"),
                            rs.getObject("doc_date", LocalDate.class), rs.getString("doc_signer")),
                            rs.getString("description"), support.getOrDefault(id, List.of())));
                });
        return details;
    }
}
