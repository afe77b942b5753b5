package vn.gov.cchc.portal.mail;

/** What a mail is: the daily digest of reminders, a session invitation (or its update, its cancellation), a test. */
public enum MailKind {
    DIGEST,
    INVITATION,
    TEST;

    public String messageKey() {
        return "mail.kind." + name();
    }
}
