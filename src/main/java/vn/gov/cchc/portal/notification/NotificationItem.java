package vn.gov.cchc.portal.notification;

import java.time.Instant;

/**
 * One notification; {@code subjectId} is the task or the reporting round its kind is about, {@code title} the task's
 * or the round's title, the text around it comes from the kind.
 */
public record NotificationItem(long id, long subjectId, NotificationKind kind, String title, Instant createdAt,
        boolean read) {
}
