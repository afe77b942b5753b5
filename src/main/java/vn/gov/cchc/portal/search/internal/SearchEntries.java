package vn.gov.cchc.portal.search.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.gov.cchc.portal.search.SearchKind;
import vn.gov.cchc.portal.search.internal.SearchChanges.Key;

/**
 * The index table (V24): what is findable, shared by every node and written in the transaction of each change (each
 * change logged for the nodes' copies, {@link SearchChanges}); read a page at a time to copy it, and for the titles
 * and texts the results show.
 */
@Component
class SearchEntries {

    private static final String ROW = "SELECT id, kind, record_id, readers, title, words FROM search_entry";

    private final NamedParameterJdbcTemplate jdbc;
    private final SearchChanges changes;
    private final Clock clock;

    SearchEntries(NamedParameterJdbcTemplate jdbc, SearchChanges changes, Clock clock) {
        this.jdbc = jdbc;
        this.changes = changes;
        this.clock = clock;
    }

    /** Writes the rows and logs them as changed. */
    void put(Collection<SearchEntry> entries) {
        write(entries);
        changes.log(entries.stream().map(entry -> new Key(entry.kind(), entry.recordId())).toList());
    }

    /** Writes the rows while the table is built again (the nodes copy the whole table afterwards). */
    void write(Collection<SearchEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.batchUpdate("""
                INSERT INTO search_entry (kind, record_id, parent_id, readers, title, body, words, updated_at)
                VALUES (:kind, :record, :parent, :readers, :title, :body, :words, :now)
                ON DUPLICATE KEY UPDATE parent_id = VALUES(parent_id), readers = VALUES(readers), title = VALUES(title), body = VALUES(body), words = VALUES(words),
                    updated_at = VALUES(updated_at)""", entries.stream().map(entry -> new MapSqlParameterSource()
                .addValue("kind", entry.kind().name()).addValue("record", entry.recordId()).addValue("parent", entry.parentId())
                .addValue("readers", entry.readers()).addValue("title", entry.title())
                .addValue("body", entry.body()).addValue("words", entry.words()).addValue("now", now))
                .toArray(MapSqlParameterSource[]::new));
    }

    /** Removes the parts of a session (its agenda items and conclusions) before they are written again. */
    void removeParts(long sessionId) {
        MapSqlParameterSource session = new MapSqlParameterSource("session", sessionId);
        String parts = " FROM search_entry WHERE parent_id = :session AND kind IN ('AGENDA_ITEM', 'CONCLUSION')";
        changes.log(jdbc.query("SELECT kind, record_id" + parts, session,
                (rs, n) -> new Key(SearchKind.valueOf(rs.getString("kind")), rs.getLong("record_id"))));
        jdbc.update("DELETE" + parts, session);
    }

    /** Removes one record (logged, so every node forgets it). */
    void remove(Key key) {
        jdbc.update("DELETE FROM search_entry WHERE kind = :kind AND record_id = :record",
                new MapSqlParameterSource("kind", key.kind().name()).addValue("record", key.recordId()));
        changes.log(List.of(key));
    }

    /** The records of a kind that belong to a parent, with their readers as stored. */
    Map<Long, String> partsOf(SearchKind kind, long parentId) {
        Map<Long, String> parts = new HashMap<>();
        jdbc.query("SELECT record_id, readers FROM search_entry WHERE kind = :kind AND parent_id = :parent",
                new MapSqlParameterSource("kind", kind.name()).addValue("parent", parentId),
                rs -> {
                    parts.put(rs.getLong("record_id"), rs.getString("readers"));
                });
        return parts;
    }

    /** Gives a record other readers, its words kept (logged, so every node applies it). */
    void updateReaders(Key key, Readers readers) {
        jdbc.update("UPDATE search_entry SET readers = :readers, updated_at = :now WHERE kind = :kind AND record_id = :record",
                new MapSqlParameterSource("readers", readers.toString()).addValue("now", Timestamp.from(clock.instant()))
                        .addValue("kind", key.kind().name()).addValue("record", key.recordId()));
        changes.log(List.of(key));
    }

    long count(SearchKind kind) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM search_entry WHERE kind = :kind",
                new MapSqlParameterSource("kind", kind.name()), Long.class);
        return count == null ? 0 : count;
    }

    /** The rows after the given row id, in order. */
    List<Row> page(long afterId, int size) {
        return jdbc.query(ROW + " WHERE id > :after ORDER BY id LIMIT :size",
                new MapSqlParameterSource("after", afterId).addValue("size", size), (rs, n) -> row(rs));
    }

    /** The rows of these records that still exist. */
    List<Row> rows(Collection<Key> keys) {
        return byKind(keys, ROW, (rs, n) -> row(rs));
    }

    /** What the results show of these records. */
    Map<Key, Shown> shown(Collection<Key> keys) {
        return byKind(keys, "SELECT kind, record_id, parent_id, title, body FROM search_entry",
                (rs, n) -> new Shown(new Key(SearchKind.valueOf(rs.getString("kind")), rs.getLong("record_id")),
                        rs.getObject("parent_id", Long.class), rs.getString("title"), rs.getString("body")))
                .stream().collect(Collectors.toMap(Shown::key, shown -> shown));
    }

    private <T> List<T> byKind(Collection<Key> keys, String select, RowMapper<T> mapper) {
        if (keys.isEmpty()) {
            return List.of();
        }
        Map<SearchKind, List<Long>> ids = keys.stream().collect(Collectors.groupingBy(Key::kind,
                () -> new EnumMap<>(SearchKind.class), Collectors.mapping(Key::recordId, Collectors.toList())));
        MapSqlParameterSource params = new MapSqlParameterSource();
        Map<String, String> clauses = new HashMap<>();
        ids.forEach((kind, records) -> {
            params.addValue("kind" + kind.ordinal(), kind.name()).addValue("ids" + kind.ordinal(), records);
            clauses.put(kind.name(), "(kind = :kind" + kind.ordinal() + " AND record_id IN (:ids" + kind.ordinal() + "))");
        });
        return jdbc.query(select + " WHERE " + String.join(" OR ", clauses.values()), params, mapper);
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getLong("id"), new Key(SearchKind.valueOf(rs.getString("kind")), rs.getLong("record_id")),
                Readers.parse(rs.getString("readers")), rs.getString("title"), rs.getString("words"));
    }

    /** A row as a node's copy of the index needs it. */
    record Row(long id, Key key, List<String> readers, String title, String words) {
    }

    /** A row as the results show it. */
    record Shown(Key key, @Nullable Long parentId, String title, @Nullable String body) {
    }
}
