package vn.gov.cchc.portal.mail;

import org.jspecify.annotations.Nullable;

/**
 * A mail to send: the address, the portal user it is for (when it is for one), the subject, the plain-text body and
 * its HTML twin, what kind of mail it is and the record it is about, and an iCalendar invitation it carries.
 */
public record OutgoingMail(String recipient, @Nullable String username, String subject, String text, @Nullable String html,
        MailKind kind, @Nullable String relatedType, @Nullable Long relatedId, @Nullable String calendar) {

    /** A mail without a calendar. */
    public OutgoingMail(String recipient, @Nullable String username, String subject, String text, @Nullable String html,
            MailKind kind, @Nullable String relatedType, @Nullable Long relatedId) {
        this(recipient, username, subject, text, html, kind, relatedType, relatedId, null);
    }
}
