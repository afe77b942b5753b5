package vn.gov.cchc.portal.search.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.gov.cchc.portal.search.SearchKind;

/**
 * The index table (V24): written a batch at a time, read with MariaDB's full-text search in boolean mode, the
 * reader's access applied in the same query (an agency user finds everyone's records and its own agency's, and
 * the counts are of those only).
 */
@Component
class SearchEntries {

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    SearchEntries(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void put(Collection<SearchEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.batchUpdate("""
                INSERT INTO search_entry (kind, record_id, parent_id, agency_id, central_only, title, body, words, updated_at)
                VALUES (:kind, :record, :parent, :agency, :central, :title, :body, :words, :now)
                ON DUPLICATE KEY UPDATE parent_id = VALUES(parent_id), agency_id = VALUES(agency_id),
                    central_only = VALUES(central_only), title = VALUES(title), body = VALUES(body), words = VALUES(words),
                    updated_at = VALUES(updated_at)""", entries.stream().map(entry -> new MapSqlParameterSource()
                .addValue("kind", entry.kind().name()).addValue("record", entry.recordId()).addValue("parent", entry.parentId())
                .addValue("agency", entry.agencyId()).addValue("central", entry.centralOnly()).addValue("title", entry.title())
                .addValue("body", entry.body()).addValue("words", entry.words()).addValue("now", now))
                .toArray(MapSqlParameterSource[]::new));
    }

    /** Removes the parts of a session (its agenda items and conclusions) before they are written again. */
    void removeParts(long sessionId) {
        jdbc.update("DELETE FROM search_entry WHERE parent_id = :session AND kind IN ('AGENDA_ITEM', 'CONCLUSION')",
                new MapSqlParameterSource("session", sessionId));
    }

    long count(SearchKind kind) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM search_entry WHERE kind = :kind",
                new MapSqlParameterSource("kind", kind.name()), Long.class);
        return count == null ? 0 : count;
    }

    /** How many of each kind the reader may find; {@code ownAgency} null for a central reader. */
    Map<SearchKind, Long> counts(String query, @Nullable Long ownAgency, boolean central) {
        Map<SearchKind, Long> counts = new EnumMap<>(SearchKind.class);
        jdbc.query("SELECT kind, COUNT(*) AS found FROM search_entry WHERE MATCH(words) AGAINST(:query IN BOOLEAN MODE)"
                + access(central) + " GROUP BY kind", params(query, ownAgency), rs -> {
            counts.put(SearchKind.valueOf(rs.getString("kind")), rs.getLong("found"));
        });
        return counts;
    }

    /** The best {@code perKind} of each kind, the most relevant first. */
    List<Found> best(String query, @Nullable Long ownAgency, boolean central, int perKind) {
        return jdbc.query("""
                SELECT kind, record_id, parent_id, title, body FROM (
                    SELECT kind, record_id, parent_id, title, body,
                           ROW_NUMBER() OVER (PARTITION BY kind ORDER BY MATCH(words) AGAINST(:query IN BOOLEAN MODE) DESC, id DESC) AS place
                    FROM search_entry WHERE MATCH(words) AGAINST(:query IN BOOLEAN MODE)""" + access(central) + """
                ) ranked WHERE place <= :perKind ORDER BY kind, place""", params(query, ownAgency).addValue("perKind", perKind),
                (rs, n) -> new Found(SearchKind.valueOf(rs.getString("kind")), rs.getLong("record_id"),
                        rs.getObject("parent_id", Long.class), rs.getString("title"), rs.getString("body")));
    }

    private static String access(boolean central) {
        return central ? "" : " AND ((agency_id IS NULL AND central_only = FALSE) OR agency_id = :own)";
    }

    private static MapSqlParameterSource params(String query, @Nullable Long ownAgency) {
        return new MapSqlParameterSource("query", query).addValue("own", ownAgency == null ? -1L : ownAgency);
    }

    record Found(SearchKind kind, long recordId, @Nullable Long parentId, String title, @Nullable String body) {
    }
}
