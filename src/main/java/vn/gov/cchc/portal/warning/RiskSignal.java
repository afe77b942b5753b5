package vn.gov.cchc.portal.warning;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One condition a task meets on a day, with the figures that say why.
 *
 * @param elapsedPercent the share of the task's time (assigned to deadline) passed that day, 0–100
 * @param lastPercent    the last reported percent done by that day, if any report
 * @param lastReportOn   the day of that report
 * @param daysSilent     days since the last report (or since the task was assigned, with no report)
 * @param daysLeft       days to the deadline in force that day
 * @param eventOn        the day of the refusal or return ({@link RiskKind#REFUSED_OR_RETURNED})
 */
public record RiskSignal(RiskKind kind, int elapsedPercent, @Nullable Integer lastPercent, @Nullable LocalDate lastReportOn,
        long daysSilent, long daysLeft, @Nullable LocalDate eventOn) {
}
