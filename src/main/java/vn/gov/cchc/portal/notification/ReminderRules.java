package vn.gov.cchc.portal.notification;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * When reminders go out and to whom (Vietnam days), as the secretariat set them on the reminder rules screen.
 * <p>
 * A task's lead agency is reminded once when the deadline comes within each of {@code daysBefore} (by default within
 * 7 days, then within 3), on the day itself when {@code onTheDay}, and once overdue, then every
 * {@code everyOverdueDays} (the day after the deadline, then a week later, and so on). The agency's officers hear
 * every reminder; once the task is overdue by {@code leadersAfterDays} its leaders hear them too, and by
 * {@code followerAfterDays} the secretariat officer following the agency as well — the day an audience widens, the
 * newcomers hear the current step at once. A task first seen inside a window is reminded at once for that window.
 * A completion proposal or extension request waiting for the secretariat {@code waitingDays} is reminded to the
 * secretariat then, and every {@code waitingDays} after. An agency owing a report is reminded
 * {@code reportDaysBefore} days before the round's deadline and once after it.
 *
 * @param daysBefore        the windows before the deadline, in days (any order, at least one)
 * @param onTheDay          whether the deadline day has its own reminder
 * @param everyOverdueDays  how often an overdue task is reminded again
 * @param leadersAfterDays  overdue days after which the agency's leaders are reminded too
 * @param followerAfterDays overdue days after which the secretariat's follower of the agency is reminded too
 * @param reportDaysBefore  days before a reporting round's deadline that an agency still owing its report is reminded
 * @param waitingDays       days a proposal or request may wait for the secretariat before it is reminded
 */
public record ReminderRules(List<Integer> daysBefore, boolean onTheDay, int everyOverdueDays, int leadersAfterDays,
        int followerAfterDays, int reportDaysBefore, int waitingDays) {

    /** The rules a new portal starts with (V21). */
    public static final ReminderRules DEFAULTS = new ReminderRules(List.of(7, 3), true, 7, 7, 30, 5, 5);

    public ReminderRules {
        daysBefore = List.copyOf(daysBefore);
    }

    /** How far ahead the morning run must look: the widest window. */
    public int window() {
        return daysBefore.stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    /**
     * The reminder a task due on {@code deadline} is at on {@code today} — step "before-7", "before-3", "on-day",
     * "overdue-0", "overdue-1"… with its audience — or none when it is not within a window.
     */
    public Optional<Reminder> reminder(LocalDate deadline, LocalDate today) {
        long until = ChronoUnit.DAYS.between(today, deadline);
        if (until == 0) {
            return onTheDay ? Optional.of(new Reminder(deadline, "on-day", ReminderAudience.OFFICERS)) : Optional.empty();
        }
        if (until < 0) {
            long late = -until;
            ReminderAudience audience = late >= followerAfterDays ? ReminderAudience.FOLLOWER
                    : late >= leadersAfterDays ? ReminderAudience.LEADERS : ReminderAudience.OFFICERS;
            return Optional.of(new Reminder(deadline, "overdue-" + (late - 1) / Math.max(1, everyOverdueDays), audience));
        }
        return daysBefore.stream().filter(days -> until <= days).min(Integer::compare)
                .map(days -> new Reminder(deadline, "before-" + days, ReminderAudience.OFFICERS));
    }

    /**
     * The reminder step of a proposal or request waiting since {@code since}: "waiting-0" once it has waited
     * {@code waitingDays}, "waiting-1" after twice as long, and so on; none before.
     */
    public Optional<String> waitingStep(LocalDate since, LocalDate today) {
        long waited = ChronoUnit.DAYS.between(since, today);
        int every = Math.max(1, waitingDays);
        return waited < every ? Optional.empty() : Optional.of("since-" + since + ":waiting-" + (waited - every) / every);
    }

    /**
     * A task's reminder: its deadline, step and audience. Its {@link #key()} is kept on the task, so that the next
     * run knows what was said already.
     */
    public record Reminder(LocalDate deadline, String step, ReminderAudience audience) {

        public String key() {
            return deadline + ":" + step + ":" + audience.name();
        }

        /**
         * Who must hear this reminder, given the key of the last one the task had: everyone of its audience when the
         * deadline or the step is new; only those the audience gained when just the audience widened; nobody when it
         * was said already.
         */
        public Set<ReminderAudience> newcomers(@Nullable String lastKey) {
            Set<ReminderAudience> all = EnumSet.range(ReminderAudience.OFFICERS, audience);
            if (lastKey == null) {
                return all;
            }
            int split = lastKey.lastIndexOf(':');
            String lastStep = lastKey.substring(0, split);
            if (!lastStep.equals(deadline + ":" + step)) {
                return all;
            }
            ReminderAudience heard = ReminderAudience.valueOf(lastKey.substring(split + 1));
            return heard.compareTo(audience) >= 0 ? EnumSet.noneOf(ReminderAudience.class)
                    : EnumSet.range(ReminderAudience.values()[heard.ordinal() + 1], audience);
        }
    }
}
