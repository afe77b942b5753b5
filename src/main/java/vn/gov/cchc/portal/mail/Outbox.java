package vn.gov.cchc.portal.mail;

import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.cchc.portal.common.Texts;
import vn.gov.cchc.portal.mail.internal.OutboxMessage;
import vn.gov.cchc.portal.mail.internal.OutboxRepository;
import vn.gov.cchc.portal.security.Access;

/**
 * Where the portal's modules put the mails they send: recorded in the same transaction as what caused them, sent by
 * the outbox sender afterwards; sending never blocks, and never undoes, the action that caused the mail.
 */
@Service
@Transactional
@PreAuthorize(Access.AUTHENTICATED)
public class Outbox {

    private final OutboxRepository outbox;
    private final Clock clock;

    Outbox(OutboxRepository outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Whether a mail of the kind about the record was already queued for the user (a digest once a day). */
    @Transactional(readOnly = true)
    public boolean queued(String username, MailKind kind, String relatedType, long relatedId) {
        return outbox.existsByUsernameAndKindAndRelatedTypeAndRelatedId(username, kind, relatedType, relatedId);
    }

    /** The users a mail of the kind about the record was already queued for (the day's digests, at once). */
    @Transactional(readOnly = true)
    public Set<String> queuedFor(MailKind kind, String relatedType, long relatedId) {
        return new HashSet<>(outbox.findUsernames(kind, relatedType, relatedId));
    }

    /**
     * Records the mail for sending; returns its id in the outbox. A mail for a user without an address (an empty
     * recipient) is recorded as failed, with that reason, for the administrator to see; it does not hold up anything.
     */
    public long queue(OutgoingMail mail) {
        OutboxMessage message = new OutboxMessage(mail, clock.instant());
        if (mail.recipient().isBlank()) {
            message.failed(Texts.get(Texts.VIETNAMESE, "mail.noAddress"), clock.instant(), Duration.ZERO, 1, true);
        }
        return outbox.save(message).getId();
    }
}
