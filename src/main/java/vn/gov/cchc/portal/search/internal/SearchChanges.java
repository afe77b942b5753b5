package vn.gov.cchc.portal.search.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.gov.cchc.portal.search.SearchKind;

/**
 * The log of changed index rows (V26), written in the transaction of the change, read in order by every node's copy
 * of the index; and the generation of the index table, renewed when the table is built again.
 */
@Component
class SearchChanges {

    private final NamedParameterJdbcTemplate jdbc;

    SearchChanges(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void log(Collection<Key> keys) {
        if (keys.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("INSERT INTO search_change (kind, record_id) VALUES (:kind, :record)", keys.stream()
                .map(key -> new MapSqlParameterSource("kind", key.kind().name()).addValue("record", key.recordId()))
                .toArray(MapSqlParameterSource[]::new));
    }

    /** The changes after {@code last}, and those of {@code missing} (ids skipped by transactions not yet committed). */
    List<Change> since(long last, Collection<Long> missing) {
        String sql = "SELECT id, kind, record_id FROM search_change WHERE id > :last"
                + (missing.isEmpty() ? "" : " OR id IN (:missing)") + " ORDER BY id";
        return jdbc.query(sql, new MapSqlParameterSource("last", last).addValue("missing", missing),
                (rs, n) -> new Change(rs.getLong("id"), new Key(SearchKind.valueOf(rs.getString("kind")), rs.getLong("record_id"))));
    }

    /** The table's generation and how far the log goes, in one read. */
    State state() {
        return jdbc.queryForObject("""
                SELECT generation, (SELECT MIN(id) FROM search_change) AS first, (SELECT COALESCE(MAX(id), 0) FROM search_change) AS last
                FROM search_state WHERE id = 1""", Map.of(),
                (rs, n) -> new State(rs.getString("generation"), rs.getObject("first", Long.class), rs.getLong("last")));
    }

    long lastId() {
        Long last = jdbc.getJdbcTemplate().queryForObject("SELECT COALESCE(MAX(id), 0) FROM search_change", Long.class);
        return last == null ? 0 : last;
    }

    /** What the table was last built for. */
    int contents() {
        Integer contents = jdbc.queryForObject("SELECT contents FROM search_state WHERE id = 1", Map.of(), Integer.class);
        return contents == null ? 0 : contents;
    }

    /**
     * After the table was built again (for these contents): every node copies it anew, so the log so far is not
     * needed.
     */
    void renew(int contents) {
        jdbc.update("UPDATE search_state SET generation = UUID(), contents = :contents WHERE id = 1",
                new MapSqlParameterSource("contents", contents));
        jdbc.getJdbcTemplate().update("DELETE FROM search_change WHERE id < (SELECT last FROM (SELECT MAX(id) AS last FROM search_change) newest)");
    }

    /** Forgets changes older than {@code days} days (the newest is kept, so a node can tell how far the log goes). */
    int prune(int days) {
        return jdbc.update("""
                DELETE FROM search_change WHERE changed_at < CURRENT_TIMESTAMP(3) - INTERVAL :days DAY
                AND id < (SELECT last FROM (SELECT MAX(id) AS last FROM search_change) newest)""", new MapSqlParameterSource("days", days));
    }

    record Key(SearchKind kind, long recordId) {
    }

    record Change(long id, Key key) {
    }

    /** The generation of the table, and the first and last change the log holds (none: null and 0). */
    record State(String generation, @Nullable Long first, long last) {
    }
}
