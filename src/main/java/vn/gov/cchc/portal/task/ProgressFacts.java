package vn.gov.cchc.portal.task;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.gov.cchc.portal.agency.AgencyName;

/**
 * What a task's history said on a day, as the early-warning rule reads it: an open task (not a directive) with a
 * deadline not yet passed that day.
 *
 * @param agencyId           the agency holding the task that day
 * @param deadline           the deadline in force that day (extensions approved by then included)
 * @param lastReportOn       the day of the last progress report by then, if any
 * @param lastPercent        its percent done
 * @param refusedOrReturnedOn the last day by then an extension was refused or the completion returned, if ever
 */
public record ProgressFacts(long taskId, String title, long agencyId, @Nullable AgencyName agency, LocalDate assignedOn,
        LocalDate deadline, @Nullable LocalDate lastReportOn, @Nullable Integer lastPercent,
        @Nullable LocalDate refusedOrReturnedOn) {
}
