package vn.gov.cchc.portal.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.gov.cchc.portal.agency.AgencyName;

/**
 * An issued token as the administrator sees it — never its secret, only the first characters that recognise it —
 * with the last time it was used.
 */
public record ApiTokenSummary(long id, String name, String prefix, Set<ApiScope> scopes, @Nullable Long agencyId,
        @Nullable AgencyName agency, LocalDate expiresOn, String createdBy, Instant createdAt, @Nullable Instant revokedAt,
        @Nullable Instant lastUsedAt, long version) {

    /** Whether requests with it are served on {@code today}. */
    public boolean usableOn(LocalDate today) {
        return revokedAt == null && !today.isAfter(expiresOn);
    }
}
