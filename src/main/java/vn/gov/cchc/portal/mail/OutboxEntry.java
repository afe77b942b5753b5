package vn.gov.cchc.portal.mail;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A mail of the outbox as the administrator's list shows it. */
public record OutboxEntry(long id, String recipient, @Nullable String username, String subject, MailKind kind, MailState state,
        int attempts, Instant createdAt, @Nullable Instant sentAt, Instant nextAttemptAt, @Nullable String lastError,
        String text, long version) {
}
