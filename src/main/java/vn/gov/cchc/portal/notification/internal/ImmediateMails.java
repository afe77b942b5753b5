package vn.gov.cchc.portal.notification.internal;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import vn.gov.cchc.portal.common.Texts;
import vn.gov.cchc.portal.mail.MailKind;
import vn.gov.cchc.portal.mail.MailSettings;
import vn.gov.cchc.portal.mail.Outbox;
import vn.gov.cchc.portal.mail.OutgoingMail;
import vn.gov.cchc.portal.notification.NotificationKind;

/**
 * A mail at once, in the same transaction as the notification, for each person told of a new assignment or a
 * decision who asked for it (the bell's "Gửi thư ngay" choice); reminders wait for the daily digest.
 */
@Component
class ImmediateMails {

    static final String RELATED_TASK = "TASK";
    static final String RELATED_ROUND = "ROUND";

    private final Recipients recipients;
    private final Outbox outbox;
    private final MailSettings settings;

    ImmediateMails(Recipients recipients, Outbox outbox, MailSettings settings) {
        this.recipients = recipients;
        this.outbox = outbox;
        this.settings = settings;
    }

    void send(Collection<String> told, NotificationKind kind, long subjectId, String title) {
        if (told.isEmpty() || kind.reminder()) {
            return;
        }
        Map<String, String> emails = recipients.immediateMailEmails();
        Map<String, Locale> languages = recipients.immediateMailLanguages();
        String link = settings.baseUrl() + "/" + kind.link(subjectId);
        for (String username : told) {
            String email = emails.get(username);
            if (email != null) {
                outbox.queue(notice(email, username, languages.getOrDefault(username, Texts.VIETNAMESE), kind, subjectId,
                        title, link));
            }
        }
    }

    /** The mail in the user's language. */
    private static OutgoingMail notice(String email, String username, Locale language, NotificationKind kind, long subjectId,
            String title, String link) {
        String line = Texts.get(language, kind.messageKey(), title);
        String footer = Texts.get(language, "mail.notice.footer");
        String text = line + "\n" + link + "\n\n" + footer + "\n";
        String html = "<p><a href=\"" + HtmlUtils.htmlEscape(link) + "\">" + HtmlUtils.htmlEscape(line) + "</a></p><p>"
                + HtmlUtils.htmlEscape(footer) + "</p>";
        return new OutgoingMail(email, username, Texts.get(language, "mail.notice.subject", line), text, html, MailKind.NOTICE,
                kind.aboutRound() ? RELATED_ROUND : RELATED_TASK, subjectId);
    }
}
