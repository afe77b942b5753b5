package vn.gov.cchc.portal.api.internal;

import java.sql.Timestamp;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The log of every call to the API: who (the token, when one was recognised), what, the answer and how long it took. */
@Component
class ApiCalls {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ApiCalls(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void log(@Nullable Long tokenId, String method, String path, @Nullable String query, int status, long millis,
            @Nullable String client) {
        jdbc.update("""
                INSERT INTO api_call (token_id, called_at, method, path, query, status, duration_ms, client)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", tokenId, Timestamp.from(clock.instant()), cut(method, 8), cut(path, 500),
                query == null ? null : cut(query, 1000), status, (int) Math.min(Integer.MAX_VALUE, millis), client == null ? null : cut(client, 64));
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
