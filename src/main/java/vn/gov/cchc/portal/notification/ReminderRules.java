package vn.gov.cchc.portal.notification;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When an open task's lead agency is reminded of its deadline (Vietnam days): once when the deadline comes within
 * each of {@code daysBefore} (by default within 7 days, then within 3), on the day itself, and once overdue, then
 * every {@code everyOverdueDays} (by default the day after the deadline, then a week later, and so on). A task first
 * seen inside a window is reminded at once for that window; each step is reminded once.
 *
 * @param daysBefore       the windows before the deadline, in days (any order)
 * @param everyOverdueDays how often an overdue task is reminded again
 */
@ConfigurationProperties("portal.reminders")
public record ReminderRules(@DefaultValue({"7", "3"}) List<Integer> daysBefore, @DefaultValue("7") int everyOverdueDays) {

    /** How far ahead the morning run must look: the widest window. */
    public int window() {
        return daysBefore.stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    /**
     * The reminder step a task due on {@code deadline} is at on {@code today} — "before-7", "before-3", "on-day",
     * "overdue-0", "overdue-1"… — or none when it is not yet within a window. A step is reminded once.
     */
    public Optional<String> step(LocalDate deadline, LocalDate today) {
        long until = ChronoUnit.DAYS.between(today, deadline);
        if (until == 0) {
            return Optional.of("on-day");
        }
        if (until < 0) {
            long late = -until;
            return Optional.of("overdue-" + (late - 1) / Math.max(1, everyOverdueDays));
        }
        return daysBefore.stream().filter(days -> until <= days).min(Integer::compare).map(days -> "before-" + days);
    }
}
