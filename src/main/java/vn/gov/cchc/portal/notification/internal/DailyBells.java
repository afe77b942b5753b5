package vn.gov.cchc.portal.notification.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.notification.NotificationKind;

/**
 * The reminders one morning run puts in people's bells: at most {@value #PER_PERSON} per person (an agency with
 * thousands of overdue tasks would bury everything else), then one line saying how many more, opening the task list.
 * Written in batches as the run goes.
 */
final class DailyBells {

    static final int PER_PERSON = 50;

    private final NotificationRepository notifications;
    private final Instant now;
    private final Map<String, Integer> counts = new HashMap<>();
    private final Map<String, NotificationKind> more = new HashMap<>();
    private final List<Notification> pending = new ArrayList<>();

    DailyBells(NotificationRepository notifications, Instant now) {
        this.notifications = notifications;
        this.now = now;
    }

    void add(String username, NotificationKind kind, long subjectId, String title) {
        if (counts.merge(username, 1, Integer::sum) <= PER_PERSON) {
            pending.add(new Notification(username, subjectId, kind, title, now, null));
        } else {
            more.putIfAbsent(username, kind == NotificationKind.OVERDUE_FOLLOWED || kind == NotificationKind.WAITING_DECISION
                    ? NotificationKind.FOLLOWED_MORE : NotificationKind.REMINDERS_MORE);
        }
    }

    /** Writes what was added since the last flush (inside the caller's transaction). */
    void flush() {
        notifications.saveAll(pending);
        pending.clear();
    }

    /** Writes the "and N more" line of each person who had more reminders than the bell lists. */
    void finish() {
        more.forEach((username, kind) -> pending.add(new Notification(username, 0, kind,
                Formats.integer(counts.get(username) - PER_PERSON), now, null)));
        flush();
    }

    /** How many reminders were given, the ones beyond the bell's limit included. */
    int given() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
