package vn.gov.cchc.portal.warning;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.gov.cchc.portal.task.ProgressFacts;

/**
 * Whether an open task risks being late, on a day, from its history as it stood that day; pure, the one place the
 * conditions live. The task's time runs from the day it was assigned to the deadline in force; "elapsed" is the
 * share of it passed, in whole percent, rounded down. A task meets
 * <ul>
 * <li>{@link RiskKind#SILENT} when no report came for at least {@code silentDays} days (counted from the last report,
 * or from the assignment when none came) and more than a quarter of its time has passed (strictly: on the day a
 * quarter is reached it is not yet late enough to tell);</li>
 * <li>{@link RiskKind#BEHIND} when at least {@code behindAfterPercent} of its time has passed and the elapsed share
 * exceeds the last reported percent (0 with no report) by more than {@code behindPoints} points;</li>
 * <li>{@link RiskKind#CLOSE_AND_LOW} when its deadline is at most {@code closeDays} days away (the deadline day itself
 * included) and no report says more than {@code closeBelowPercent} done;</li>
 * <li>{@link RiskKind#REFUSED_OR_RETURNED} when, by that day, an extension was refused or its completion returned.</li>
 * </ul>
 * Only tasks open that day with a deadline not yet passed are assessed: an overdue task is late already, not at risk.
 */
public final class RiskRule {

    private RiskRule() {
    }

    public static List<RiskSignal> assess(ProgressFacts task, LocalDate day, RiskRules rules) {
        List<RiskSignal> signals = new ArrayList<>();
        if (day.isAfter(task.deadline()) || day.isBefore(task.assignedOn())) {
            return signals;
        }
        long total = Math.max(1, ChronoUnit.DAYS.between(task.assignedOn(), task.deadline()));
        long elapsedDays = Math.min(total, ChronoUnit.DAYS.between(task.assignedOn(), day));
        int elapsed = (int) (elapsedDays * 100 / total);
        long daysLeft = ChronoUnit.DAYS.between(day, task.deadline());
        LocalDate lastReportOn = task.lastReportOn() != null && !task.lastReportOn().isAfter(day) ? task.lastReportOn() : null;
        Integer lastPercent = lastReportOn == null ? null : task.lastPercent();
        long daysSilent = ChronoUnit.DAYS.between(lastReportOn == null ? task.assignedOn() : lastReportOn, day);
        int done = lastPercent == null ? 0 : lastPercent;
        if (daysSilent >= rules.silentDays() && elapsedDays * 4 > total) {
            signals.add(signal(RiskKind.SILENT, elapsed, lastPercent, lastReportOn, daysSilent, daysLeft, null));
        }
        if (elapsed >= rules.behindAfterPercent() && elapsed - done > rules.behindPoints()) {
            signals.add(signal(RiskKind.BEHIND, elapsed, lastPercent, lastReportOn, daysSilent, daysLeft, null));
        }
        if (daysLeft <= rules.closeDays() && done <= rules.closeBelowPercent()) {
            signals.add(signal(RiskKind.CLOSE_AND_LOW, elapsed, lastPercent, lastReportOn, daysSilent, daysLeft, null));
        }
        LocalDate event = task.refusedOrReturnedOn();
        if (rules.refusedOrReturned() && event != null && !event.isAfter(day)) {
            signals.add(signal(RiskKind.REFUSED_OR_RETURNED, elapsed, lastPercent, lastReportOn, daysSilent, daysLeft, event));
        }
        return signals;
    }

    private static RiskSignal signal(RiskKind kind, int elapsed, @Nullable Integer lastPercent, @Nullable LocalDate lastReportOn,
            long daysSilent, long daysLeft, @Nullable LocalDate eventOn) {
        return new RiskSignal(kind, elapsed, lastPercent, lastReportOn, daysSilent, daysLeft, eventOn);
    }
}
