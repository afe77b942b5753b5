package vn.gov.cchc.portal.notification.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.common.Texts;
import vn.gov.cchc.portal.mail.MailKind;
import vn.gov.cchc.portal.mail.MailSettings;
import vn.gov.cchc.portal.mail.Outbox;
import vn.gov.cchc.portal.mail.OutgoingMail;
import vn.gov.cchc.portal.notification.NotificationItem;
import vn.gov.cchc.portal.notification.NotificationKind;
import vn.gov.cchc.portal.user.UserDirectory;

/**
 * One mail per person per day: the reminders the morning run gave a user (tasks due soon or overdue, proposals
 * waiting for a decision, reports owed, and how many more when there were more than the bell lists), each with a link,
 * in Vietnamese, as plain text and HTML. No mail when there is nothing to say and never twice a day; for a user
 * without an address the digest is recorded as failed, for the administrator to see. Read and written
 * {@value #CHUNK} people at a time.
 */
@Component
class DailyDigest {

    static final String RELATED_TYPE = "DIGEST_DAY";
    static final int CHUNK = 500;
    private static final Set<NotificationKind> REMINDERS = Set.copyOf(Arrays.stream(NotificationKind.values())
            .filter(NotificationKind::reminder).toList());

    private final NotificationRepository notifications;
    private final UserDirectory users;
    private final Outbox outbox;
    private final MailSettings settings;
    private final TransactionTemplate transactions;

    DailyDigest(NotificationRepository notifications, UserDirectory users, Outbox outbox, MailSettings settings,
            TransactionTemplate transactions) {
        this.notifications = notifications;
        this.users = users;
        this.outbox = outbox;
        this.settings = settings;
        this.transactions = transactions;
    }

    /** Queues the day's digests; returns how many. */
    int send(LocalDate today) {
        Instant since = today.atStartOfDay(PortalTime.ZONE).toInstant();
        Set<String> sent = outbox.queuedFor(MailKind.DIGEST, RELATED_TYPE, today.toEpochDay());
        List<String> people = notifications.findUsernamesSince(since, REMINDERS).stream().filter(name -> !sent.contains(name)).toList();
        for (int from = 0; from < people.size(); from += CHUNK) {
            List<String> chunk = people.subList(from, Math.min(people.size(), from + CHUNK));
            transactions.executeWithoutResult(status -> {
                Map<String, List<NotificationItem>> byUser = new LinkedHashMap<>();
                for (Notification notification : notifications.findSince(since, REMINDERS, chunk)) {
                    byUser.computeIfAbsent(notification.getUsername(), user -> new ArrayList<>()).add(notification.toItem());
                }
                Map<String, String> emails = users.emails(chunk);
                Map<String, Locale> languages = users.languages(byUser.keySet());
                byUser.forEach((username, items) -> outbox.queue(digest(emails.getOrDefault(username, ""), username,
                        languages.getOrDefault(username, Texts.VIETNAMESE), items, today)));
            });
        }
        return people.size();
    }

    /** The digest in the user's language. */
    private OutgoingMail digest(String email, String username, Locale language, List<NotificationItem> items, LocalDate today) {
        String intro = Texts.get(language, "mail.digest.intro", Formats.date(today));
        StringBuilder text = new StringBuilder(intro).append("\n\n");
        StringBuilder html = new StringBuilder("<p>").append(HtmlUtils.htmlEscape(intro)).append("</p><ul>");
        int reminders = 0;
        for (NotificationItem item : items) {
            String line = Texts.get(language, item.kind().messageKey(), item.title());
            String link = settings.baseUrl() + "/" + item.kind().link(item.subjectId());
            text.append("- ").append(line).append("\n  ").append(link).append('\n');
            html.append("<li><a href=\"").append(HtmlUtils.htmlEscape(link)).append("\">").append(HtmlUtils.htmlEscape(line))
                    .append("</a></li>");
            reminders += item.kind() == NotificationKind.REMINDERS_MORE || item.kind() == NotificationKind.FOLLOWED_MORE
                    ? Integer.parseInt(item.title().replace(".", "")) : 1;
        }
        String closing = Texts.get(language, "mail.digest.closing");
        text.append('\n').append(closing).append('\n');
        html.append("</ul><p>").append(HtmlUtils.htmlEscape(closing)).append("</p>");
        return new OutgoingMail(email, username, Texts.get(language, "mail.digest.subject", Formats.date(today),
                Formats.integer(reminders)), text.toString(), html.toString(), MailKind.DIGEST, RELATED_TYPE, today.toEpochDay());
    }
}
