package vn.gov.cchc.portal.task;

/** Optional filters of the agency workspace; {@code text} ignores diacritics. */
public record AgencyTaskFilter(TaskStatus status, ReformArea area, Long sessionId, String text) {
}
