package vn.gov.cchc.portal.mail;

/** What a mail is: the daily digest of reminders, a notice at once, a session invitation (or its update, its cancellation), a test. */
public enum MailKind {
    DIGEST,
    /** A new assignment or a decision, at once, for a person who asked for it. */
    NOTICE,
    INVITATION,
    TEST;

    public String messageKey() {
        return "mail.kind." + name();
    }
}
