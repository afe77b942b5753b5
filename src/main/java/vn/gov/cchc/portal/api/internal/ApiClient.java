package vn.gov.cchc.portal.api.internal;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.gov.cchc.portal.api.ApiScope;

/** The consuming system behind a request: its token's id and name, scopes, agency (none: all) and state. */
record ApiClient(long tokenId, String name, Set<ApiScope> scopes, @Nullable Long agencyId, LocalDate expiresOn, boolean revoked) {
}
