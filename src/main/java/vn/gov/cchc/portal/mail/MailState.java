package vn.gov.cchc.portal.mail;

/** Where a mail of the outbox stands: waiting to be sent (again), sent, or given up with the reason. */
public enum MailState {
    QUEUED,
    SENT,
    FAILED;

    public String messageKey() {
        return "mail.state." + name();
    }
}
