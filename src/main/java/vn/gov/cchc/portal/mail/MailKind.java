package vn.gov.cchc.portal.mail;

/** What a mail is: the daily digest of reminders, or a test mail the administrator sends. */
public enum MailKind {
    DIGEST,
    TEST;

    public String messageKey() {
        return "mail.kind." + name();
    }
}
