package vn.gov.cchc.portal.task;

import java.time.LocalDate;

/**
 * An event as the status engine needs it: its type, the calendar day (Vietnam time) it took effect, and for
 * extensions the new deadline, for hand-overs the new lead agency.
 */
public record TimelineEvent(TaskEventType type, LocalDate on, LocalDate newDeadline, Long newAgencyId) {

    public static TimelineEvent of(TaskEventType type, LocalDate on) {
        return new TimelineEvent(type, on, null, null);
    }
}
