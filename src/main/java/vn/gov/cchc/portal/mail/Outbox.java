package vn.gov.cchc.portal.mail;

import java.time.Clock;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
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

    /** Records the mail for sending; returns its id in the outbox. */
    public long queue(OutgoingMail mail) {
        return outbox.save(new OutboxMessage(mail, clock.instant())).getId();
    }
}
