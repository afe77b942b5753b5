package vn.gov.cchc.portal.mail.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import vn.gov.cchc.portal.mail.MailKind;
import vn.gov.cchc.portal.mail.MailState;
import vn.gov.cchc.portal.mail.OutboxEntry;
import vn.gov.cchc.portal.mail.OutgoingMail;

/** A mail of the outbox (V19). */
@Entity
@Table(name = "mail_outbox")
public class OutboxMessage {

    private static final int ERROR_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String recipient;

    @Column(length = 64)
    private String username;

    @Column(nullable = false, length = 500)
    private String subject;

    @Column(name = "body_text", nullable = false, columnDefinition = "mediumtext")
    private String text;

    @Column(name = "body_html", columnDefinition = "mediumtext")
    private String html;

    @Column(columnDefinition = "mediumtext")
    private String calendar;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private MailKind kind;

    @Column(name = "related_type", length = 32)
    private String relatedType;

    @Column(name = "related_id")
    private Long relatedId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MailState state = MailState.QUEUED;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = ERROR_MAX)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Version
    private long version;

    protected OutboxMessage() {
    }

    public OutboxMessage(OutgoingMail mail, Instant now) {
        this.recipient = mail.recipient();
        this.username = mail.username();
        this.subject = mail.subject().length() > 500 ? mail.subject().substring(0, 500) : mail.subject();
        this.text = mail.text();
        this.html = mail.html();
        this.calendar = mail.calendar();
        this.kind = mail.kind();
        this.relatedType = mail.relatedType();
        this.relatedId = mail.relatedId();
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    public void sent(Instant at) {
        attempts++;
        state = MailState.SENT;
        sentAt = at;
        lastError = null;
    }

    /** A failed attempt: tried again after {@code firstRetry}, doubled at each failure, until {@code maxAttempts}. */
    public void failed(String reason, Instant at, Duration firstRetry, int maxAttempts, boolean permanent) {
        attempts++;
        lastError = reason.length() > ERROR_MAX ? reason.substring(0, ERROR_MAX) : reason;
        if (permanent || attempts >= maxAttempts) {
            state = MailState.FAILED;
        } else {
            nextAttemptAt = at.plus(firstRetry.multipliedBy(1L << Math.min(20, attempts - 1)));
        }
    }

    /** The mail server accepted it but reported later that it could not be delivered. */
    public void bounced(String reason, Instant at) {
        state = MailState.FAILED;
        lastError = reason.length() > ERROR_MAX ? reason.substring(0, ERROR_MAX) : reason;
        nextAttemptAt = at;
    }

    /** The administrator sends it again: queued now, with its attempts counted afresh. */
    public void resend(Instant now) {
        state = MailState.QUEUED;
        attempts = 0;
        nextAttemptAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getText() {
        return text;
    }

    public String getHtml() {
        return html;
    }

    public String getCalendar() {
        return calendar;
    }

    public long getVersion() {
        return version;
    }

    public OutboxEntry toEntry() {
        return new OutboxEntry(id == null ? 0 : id, recipient, username, subject, kind, state, attempts, createdAt, sentAt, nextAttemptAt, lastError,
                text, version);
    }
}
