/**
 * The read API for national systems and the committee's analysts ({@code /api/v1}, OpenAPI at {@code /v3/api-docs}):
 * tasks with their status as of a date, figures, sessions and conclusions; tokens the administrator issues per
 * consuming system, with scopes, one agency or all, an expiry, revocation and a rate limit. See ADR 0018.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Read API")
@org.jspecify.annotations.NullMarked
package vn.gov.cchc.portal.api;
