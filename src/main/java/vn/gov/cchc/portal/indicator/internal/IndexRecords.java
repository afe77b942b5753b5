package vn.gov.cchc.portal.indicator.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import vn.gov.cchc.portal.agency.AgencyGroup;
import vn.gov.cchc.portal.agency.AgencyName;
import vn.gov.cchc.portal.common.ConcurrentEditException;
import vn.gov.cchc.portal.indicator.IndexFramework;
import vn.gov.cchc.portal.indicator.IndexItem;
import vn.gov.cchc.portal.indicator.IndexPublication;
import vn.gov.cchc.portal.indicator.IndexResult;
import vn.gov.cchc.portal.indicator.IndexScores;
import vn.gov.cchc.portal.indicator.IndicatorUnit;

/**
 * The published indices' tables (V17), in plain SQL: frameworks with their trees, publications, and results with
 * their per-area percentages. A result or a publication is written with its version checked: a stored one starts at
 * version 1, so that "new" (version 0) for one that someone else has entered meanwhile is refused like a stale edit.
 */
@Component
public class IndexRecords {

    private final JdbcTemplate jdbc;

    IndexRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every framework with its tree, by index, group and first year. */
    public List<IndexFramework> frameworks() {
        Map<Long, List<IndexItem>> items = new HashMap<>();
        jdbc.query("SELECT framework_id, code, parent_code, name_vi, name_en, max_score FROM index_item ORDER BY framework_id, position, code",
                (ResultSet rs) -> {
                    items.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(new IndexItem(rs.getString(2),
                            rs.getString(3), rs.getString(4), rs.getString(5), rs.getBigDecimal(6)));
                });
        return jdbc.query("SELECT * FROM index_framework ORDER BY index_code, agency_group, first_year", (rs, n) ->
                new IndexFramework(rs.getLong("id"), rs.getString("index_code"), rs.getString("name_vi"), rs.getString("name_en"),
                        AgencyGroup.valueOf(rs.getString("agency_group")), rs.getString("basis"), rs.getInt("first_year"),
                        IndicatorUnit.valueOf(rs.getString("unit")), rs.getBigDecimal("max_score"), rs.getBoolean("self_assessed"),
                        rs.getBoolean("appraised"), rs.getBoolean("surveyed"), List.copyOf(items.getOrDefault(rs.getLong("id"), List.of()))));
    }

    public long insertFramework(IndexFramework framework) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("""
                    INSERT INTO index_framework (index_code, name_vi, name_en, agency_group, basis, first_year, unit,
                    max_score, self_assessed, appraised, surveyed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    Statement.RETURN_GENERATED_KEYS);
            statement.setString(1, framework.indexCode());
            statement.setString(2, framework.nameVi());
            statement.setString(3, framework.nameEn());
            statement.setString(4, framework.group().name());
            statement.setString(5, framework.basis());
            statement.setInt(6, framework.firstYear());
            statement.setString(7, framework.unit().name());
            statement.setBigDecimal(8, framework.maxScore());
            statement.setBoolean(9, framework.selfAssessed());
            statement.setBoolean(10, framework.appraised());
            statement.setBoolean(11, framework.surveyed());
            return statement;
        }, key);
        return key.getKey().longValue();
    }

    public void insertItem(long frameworkId, IndexItem item) {
        jdbc.update("""
                INSERT INTO index_item (framework_id, code, parent_code, name_vi, name_en, max_score, position)
                SELECT ?, ?, ?, ?, ?, ?, COALESCE(MAX(position), 0) + 1 FROM index_item WHERE framework_id = ?""",
                frameworkId, item.code(), item.parentCode(), item.nameVi(), item.nameEn(), item.maxScore(), frameworkId);
    }

    public Optional<IndexPublication> publication(long frameworkId, int year) {
        return jdbc.query("SELECT * FROM index_publication WHERE framework_id = ? AND index_year = ?", (rs, n) ->
                new IndexPublication(frameworkId, year, rs.getString("document"), rs.getBigDecimal("national_value"),
                        (Integer) rs.getObject("ranked_count", Integer.class), rs.getLong("version")), frameworkId, year)
                .stream().findFirst();
    }

    /** Writes the publication (a new one with version 0; an existing one only at {@code version}). */
    public void savePublication(IndexPublication publication) {
        int updated = jdbc.update("""
                UPDATE index_publication SET document = ?, national_value = ?, ranked_count = ?, version = version + 1
                WHERE framework_id = ? AND index_year = ? AND version = ?""", publication.document(),
                publication.nationalValue(), publication.rankedCount(), publication.frameworkId(), publication.year(),
                publication.version());
        if (updated == 0) {
            if (publication(publication.frameworkId(), publication.year()).isPresent()) {
                throw new ConcurrentEditException();
            }
            jdbc.update("INSERT INTO index_publication (framework_id, index_year, document, national_value, ranked_count, version) VALUES (?, ?, ?, ?, ?, 1)",
                    publication.frameworkId(), publication.year(), publication.document(), publication.nationalValue(),
                    publication.rankedCount());
        }
    }

    /** The years of the framework with a result or a publication, newest first. */
    public List<Integer> years(long frameworkId) {
        return jdbc.queryForList("""
                SELECT index_year FROM index_result WHERE framework_id = ? UNION
                SELECT index_year FROM index_publication WHERE framework_id = ? ORDER BY 1 DESC""", Integer.class,
                frameworkId, frameworkId);
    }

    /** The results of the framework's year, by rank (the unranked last), with the agencies' names as given. */
    public List<IndexResult> results(long frameworkId, int year, Map<Long, AgencyName> names) {
        return read("WHERE r.framework_id = ? AND r.index_year = ?", names, frameworkId, year);
    }

    /** Every result of the agency, by year. */
    public List<IndexResult> resultsOf(long agencyId, Map<Long, AgencyName> names) {
        return read("WHERE r.agency_id = ?", names, agencyId);
    }

    /** Writes a result: a new one (version 0, and none yet for the agency and year) or the one at {@code version}. */
    public void saveResult(long frameworkId, int year, long agencyId, IndexScores scores, long version, String by, Instant at) {
        List<Long> existing = jdbc.queryForList("SELECT id FROM index_result WHERE framework_id = ? AND index_year = ? AND agency_id = ? FOR UPDATE",
                Long.class, frameworkId, year, agencyId);
        long id;
        if (existing.isEmpty()) {
            KeyHolder key = new GeneratedKeyHolder();
            jdbc.update(connection -> {
                var statement = connection.prepareStatement("""
                        INSERT INTO index_result (framework_id, index_year, agency_id, self_score, appraised_score,
                        survey_score, total, rank_no, entered_by, entered_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)""",
                        Statement.RETURN_GENERATED_KEYS);
                statement.setLong(1, frameworkId);
                statement.setInt(2, year);
                statement.setLong(3, agencyId);
                statement.setBigDecimal(4, scores.self());
                statement.setBigDecimal(5, scores.appraised());
                statement.setBigDecimal(6, scores.survey());
                statement.setBigDecimal(7, scores.total());
                statement.setObject(8, scores.rank());
                statement.setString(9, by);
                statement.setTimestamp(10, Timestamp.from(at));
                return statement;
            }, key);
            id = key.getKey().longValue();
        } else {
            id = existing.getFirst();
            int updated = jdbc.update("""
                    UPDATE index_result SET self_score = ?, appraised_score = ?, survey_score = ?, total = ?, rank_no = ?,
                    entered_by = ?, entered_at = ?, version = version + 1 WHERE id = ? AND version = ?""", scores.self(),
                    scores.appraised(), scores.survey(), scores.total(), scores.rank(), by, Timestamp.from(at), id, version);
            if (updated == 0) {
                throw new ConcurrentEditException();
            }
            jdbc.update("DELETE FROM index_result_area WHERE result_id = ?", id);
        }
        for (Map.Entry<String, BigDecimal> area : scores.areas().entrySet()) {
            jdbc.update("INSERT INTO index_result_area (result_id, item_code, percent) VALUES (?, ?, ?)", id, area.getKey(),
                    area.getValue());
        }
    }

    private List<IndexResult> read(String where, Map<Long, AgencyName> names, Object... arguments) {
        Map<Long, Map<String, BigDecimal>> areas = new HashMap<>();
        jdbc.query("SELECT a.result_id, a.item_code, a.percent FROM index_result_area a JOIN index_result r ON r.id = a.result_id "
                + where, (ResultSet rs) -> {
                    areas.computeIfAbsent(rs.getLong(1), id -> new LinkedHashMap<>()).put(rs.getString(2), rs.getBigDecimal(3));
                }, arguments);
        return jdbc.query("SELECT r.* FROM index_result r " + where
                + " ORDER BY r.index_year, r.framework_id, r.rank_no IS NULL, r.rank_no, r.total DESC, r.id",
                (rs, n) -> result(rs, names, areas), arguments);
    }

    private static IndexResult result(ResultSet rs, Map<Long, AgencyName> names, Map<Long, Map<String, BigDecimal>> areas)
            throws SQLException {
        long agencyId = rs.getLong("agency_id");
        AgencyName name = names.getOrDefault(agencyId, new AgencyName("#" + agencyId, "#" + agencyId));
        return new IndexResult(rs.getLong("id"), rs.getLong("framework_id"), rs.getInt("index_year"), agencyId, name,
                new IndexScores(rs.getBigDecimal("self_score"), rs.getBigDecimal("appraised_score"),
                        rs.getBigDecimal("survey_score"), rs.getBigDecimal("total"),
                        areas.getOrDefault(rs.getLong("id"), Map.of()), rank(rs)), rs.getLong("version"));
    }

    private static @Nullable Integer rank(ResultSet rs) throws SQLException {
        return rs.getObject("rank_no", Integer.class);
    }
}
