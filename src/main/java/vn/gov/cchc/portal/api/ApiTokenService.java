package vn.gov.cchc.portal.api;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.cchc.portal.agency.AgencyFilter;
import vn.gov.cchc.portal.agency.AgencyService;
import vn.gov.cchc.portal.agency.AgencySummary;
import vn.gov.cchc.portal.api.internal.TokenHash;
import vn.gov.cchc.portal.common.Checks;
import vn.gov.cchc.portal.common.ConcurrentEditException;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.security.Access;
import vn.gov.cchc.portal.security.CurrentUser;

/**
 * The administrator's API tokens: issued per consuming system with its scopes, one agency or all, and a last day;
 * the secret is shown once and kept as a hash; revoked at any time. The list shows when each was last used.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Access.ADMIN)
public class ApiTokenService {

    public static final int NAME_MAX = 200;

    private final JdbcTemplate jdbc;
    private final AgencyService agencies;
    private final ApiSettings settings;
    private final CurrentUser currentUser;
    private final Clock clock;

    ApiTokenService(JdbcTemplate jdbc, AgencyService agencies, ApiSettings settings, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.agencies = agencies;
        this.settings = settings;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Every token, the newest first. */
    public List<ApiTokenSummary> list() {
        return summaries("SELECT * FROM api_token ORDER BY id DESC");
    }

    /** Issues a token; its secret is in the answer and nowhere else. */
    @Transactional
    public IssuedToken issue(ApiTokenDraft draft) {
        LocalDate today = PortalTime.today(clock);
        Checks checks = new Checks().required("name", draft.name()).maxLength("name", draft.name(), NAME_MAX)
                .check(!draft.scopes().isEmpty(), "scopes", "api.validation.scopes")
                .required("expiresOn", draft.expiresOn());
        if (draft.expiresOn() != null) {
            checks.check(!draft.expiresOn().isBefore(today) && !draft.expiresOn().isAfter(today.plusDays(settings.maxValidityDays())),
                    "expiresOn", "api.validation.expiresOn", settings.maxValidityDays());
        }
        if (draft.agencyId() != null) {
            checks.check(agencies.list(AgencyFilter.activeOn(today, null)).stream().anyMatch(a -> a.id() == draft.agencyId()),
                    "agencyId", "api.validation.agency");
        }
        checks.throwIfAny();
        String secret = TokenHash.newSecret();
        jdbc.update("""
                INSERT INTO api_token (name, token_hash, token_prefix, read_tasks, read_figures, agency_id, expires_on, created_by,
                                       created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", draft.name().strip(), TokenHash.of(secret), TokenHash.prefix(secret),
                draft.scopes().contains(ApiScope.READ_TASKS), draft.scopes().contains(ApiScope.READ_FIGURES), draft.agencyId(),
                Date.valueOf(draft.expiresOn()), currentUser.username().orElseThrow(), Timestamp.from(clock.instant()));
        return new IssuedToken(summaries("SELECT * FROM api_token WHERE token_hash = ?", TokenHash.of(secret)).getFirst(), secret);
    }

    /** Revokes a token: from now on its requests are refused. */
    @Transactional
    public void revoke(long id, long version) {
        int changed = jdbc.update("""
                UPDATE api_token SET revoked_at = ?, revoked_by = ?, version = version + 1
                WHERE id = ? AND version = ? AND revoked_at IS NULL""", Timestamp.from(clock.instant()),
                currentUser.username().orElseThrow(), id, version);
        if (changed == 0) {
            throw new ConcurrentEditException();
        }
    }

    private List<ApiTokenSummary> summaries(String sql, Object... arguments) {
        Map<Long, AgencySummary> byId = agencies.byId();
        return jdbc.query(sql, (rs, n) -> summary(rs, byId), arguments);
    }

    private static ApiTokenSummary summary(ResultSet rs, Map<Long, AgencySummary> agencies) throws SQLException {
        EnumSet<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);
        if (rs.getBoolean("read_tasks")) {
            scopes.add(ApiScope.READ_TASKS);
        }
        if (rs.getBoolean("read_figures")) {
            scopes.add(ApiScope.READ_FIGURES);
        }
        Long agencyId = rs.getObject("agency_id", Long.class);
        return new ApiTokenSummary(rs.getLong("id"), rs.getString("name"), rs.getString("token_prefix"), scopes, agencyId,
                agencyId == null ? null : Optional.ofNullable(agencies.get(agencyId)).map(AgencySummary::label).orElse(null),
                rs.getObject("expires_on", LocalDate.class), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
                instant(rs.getTimestamp("revoked_at")), instant(rs.getTimestamp("last_used_at")), rs.getLong("version"));
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
