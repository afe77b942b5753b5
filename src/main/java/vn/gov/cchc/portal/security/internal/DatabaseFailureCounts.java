package vn.gov.cchc.portal.security.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The failure counts in the database (V27), shared by every node; each change one atomic statement. */
@Component
class DatabaseFailureCounts implements FailureCounts {

    private final NamedParameterJdbcTemplate jdbc;

    DatabaseFailureCounts(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public @Nullable Failures get(String key) {
        List<Failures> found = jdbc.query("SELECT failures, last_at FROM sign_in_failure WHERE failure_key = :key",
                new MapSqlParameterSource("key", key),
                (rs, n) -> new Failures(rs.getInt("failures"), rs.getTimestamp("last_at").toInstant()));
        return found.isEmpty() ? null : found.getFirst();
    }

    @Override
    public void increment(String key, Instant now, Instant forgottenBefore) {
        jdbc.update("""
                INSERT INTO sign_in_failure (failure_key, failures, last_at) VALUES (:key, 1, :now)
                ON DUPLICATE KEY UPDATE failures = IF(last_at < :forgotten, 1, failures + 1), last_at = :now""",
                new MapSqlParameterSource("key", key).addValue("now", Timestamp.from(now))
                        .addValue("forgotten", Timestamp.from(forgottenBefore)));
    }

    @Override
    public void remove(String key) {
        jdbc.update("DELETE FROM sign_in_failure WHERE failure_key = :key", new MapSqlParameterSource("key", key));
    }

    @Override
    public Map<String, Failures> startingWith(String prefix, Instant notBefore) {
        Map<String, Failures> found = new LinkedHashMap<>();
        jdbc.query("SELECT failure_key, failures, last_at FROM sign_in_failure WHERE failure_key LIKE :prefix AND last_at >= :since",
                new MapSqlParameterSource("prefix", prefix.replace("%", "\\%").replace("_", "\\_") + "%")
                        .addValue("since", Timestamp.from(notBefore)),
                rs -> {
                    found.put(rs.getString("failure_key"), new Failures(rs.getInt("failures"), rs.getTimestamp("last_at").toInstant()));
                });
        return found;
    }

    @Override
    public void forgetBefore(Instant instant) {
        jdbc.update("DELETE FROM sign_in_failure WHERE last_at < :before", new MapSqlParameterSource("before", Timestamp.from(instant)));
    }
}
