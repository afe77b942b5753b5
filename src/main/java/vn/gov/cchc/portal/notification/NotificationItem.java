package vn.gov.cchc.portal.notification;

import java.time.Instant;

/** One notification; {@code title} is the task's title, the text around it comes from the kind. */
public record NotificationItem(long id, long taskId, NotificationKind kind, String title, Instant createdAt,
        boolean read) {
}
