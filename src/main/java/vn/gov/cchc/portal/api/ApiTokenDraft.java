package vn.gov.cchc.portal.api;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A token to issue: the consuming system it is for, what it may read, the one agency it is limited to (none: all
 * agencies) and the last day it works.
 */
public record ApiTokenDraft(String name, Set<ApiScope> scopes, @Nullable Long agencyId, @Nullable LocalDate expiresOn) {
}
