package vn.gov.cchc.portal.notification.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.common.Texts;
import vn.gov.cchc.portal.indicator.IndicatorLinks;
import vn.gov.cchc.portal.mail.MailKind;
import vn.gov.cchc.portal.mail.MailSettings;
import vn.gov.cchc.portal.mail.Outbox;
import vn.gov.cchc.portal.mail.OutgoingMail;
import vn.gov.cchc.portal.notification.NotificationItem;
import vn.gov.cchc.portal.notification.NotificationKind;
import vn.gov.cchc.portal.task.TaskLinks;
import vn.gov.cchc.portal.user.UserDirectory;

/**
 * One mail per person per day: the reminders the morning run gave a user (tasks due soon or overdue, reports owed),
 * listed with a link each, in Vietnamese, as plain text and HTML. No mail when there is nothing to say, none for a
 * user without an address, and never twice a day.
 */
@Component
class DailyDigest {

    static final String RELATED_TYPE = "DIGEST_DAY";
    private static final Set<NotificationKind> REMINDERS = EnumSet.of(NotificationKind.DUE_SOON, NotificationKind.OVERDUE,
            NotificationKind.REPORT_DUE_SOON, NotificationKind.REPORT_OVERDUE);

    private final NotificationRepository notifications;
    private final UserDirectory users;
    private final Outbox outbox;
    private final MailSettings settings;

    DailyDigest(NotificationRepository notifications, UserDirectory users, Outbox outbox, MailSettings settings) {
        this.notifications = notifications;
        this.users = users;
        this.outbox = outbox;
        this.settings = settings;
    }

    /** Queues the day's digests; returns how many. */
    int send(LocalDate today) {
        Instant since = today.atStartOfDay(PortalTime.ZONE).toInstant();
        Map<String, List<NotificationItem>> byUser = new LinkedHashMap<>();
        for (Notification notification : notifications.findSince(since, REMINDERS)) {
            byUser.computeIfAbsent(notification.getUsername(), user -> new java.util.ArrayList<>()).add(notification.toItem());
        }
        Map<String, String> emails = users.emails(byUser.keySet());
        int queued = 0;
        for (Map.Entry<String, List<NotificationItem>> entry : byUser.entrySet()) {
            String email = emails.get(entry.getKey());
            if (email == null || outbox.queued(entry.getKey(), MailKind.DIGEST, RELATED_TYPE, today.toEpochDay())) {
                continue;
            }
            outbox.queue(digest(email, entry.getKey(), entry.getValue(), today));
            queued++;
        }
        return queued;
    }

    private OutgoingMail digest(String email, String username, List<NotificationItem> items, LocalDate today) {
        StringBuilder text = new StringBuilder(Texts.get(Texts.VIETNAMESE, "mail.digest.intro", Formats.date(today))).append("\n\n");
        StringBuilder html = new StringBuilder("<p>").append(HtmlUtils.htmlEscape(Texts.get(Texts.VIETNAMESE, "mail.digest.intro",
                Formats.date(today)))).append("</p><ul>");
        for (NotificationItem item : items) {
            String line = Texts.get(Texts.VIETNAMESE, item.kind().messageKey(), item.title());
            String link = settings.baseUrl() + "/" + (item.kind().aboutRound() ? IndicatorLinks.AGENCY_REPORT + "/" + item.subjectId()
                    : TaskLinks.agency(item.subjectId()));
            text.append("- ").append(line).append("\n  ").append(link).append('\n');
            html.append("<li><a href=\"").append(HtmlUtils.htmlEscape(link)).append("\">").append(HtmlUtils.htmlEscape(line))
                    .append("</a></li>");
        }
        String closing = Texts.get(Texts.VIETNAMESE, "mail.digest.closing");
        text.append('\n').append(closing).append('\n');
        html.append("</ul><p>").append(HtmlUtils.htmlEscape(closing)).append("</p>");
        return new OutgoingMail(email, username, Texts.get(Texts.VIETNAMESE, "mail.digest.subject", Formats.date(today), items.size()),
                text.toString(), html.toString(), MailKind.DIGEST, RELATED_TYPE, today.toEpochDay());
    }
}
