package vn.gov.cchc.portal.api.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.gov.cchc.portal.api.ApiScope;

/** Finds the token of a request by the hash of its secret, and notes its use (at most once a minute per token). */
@Component
class ApiTokens {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ApiTokens(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<ApiClient> find(String secret) {
        if (!secret.startsWith(TokenHash.PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        return jdbc.query("""
                SELECT id, name, read_tasks, read_figures, agency_id, expires_on, revoked_at FROM api_token WHERE token_hash = ?""",
                (rs, n) -> {
                    EnumSet<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);
                    if (rs.getBoolean("read_tasks")) {
                        scopes.add(ApiScope.READ_TASKS);
                    }
                    if (rs.getBoolean("read_figures")) {
                        scopes.add(ApiScope.READ_FIGURES);
                    }
                    return new ApiClient(rs.getLong("id"), rs.getString("name"), scopes, rs.getObject("agency_id", Long.class),
                            rs.getObject("expires_on", LocalDate.class), rs.getTimestamp("revoked_at") != null);
                }, TokenHash.of(secret)).stream().findFirst();
    }

    void touch(long tokenId) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.update("UPDATE api_token SET last_used_at = ? WHERE id = ? AND (last_used_at IS NULL OR last_used_at < ?)", now, tokenId,
                Timestamp.from(clock.instant().minusSeconds(60)));
    }
}
