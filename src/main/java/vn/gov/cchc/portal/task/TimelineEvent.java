package vn.gov.cchc.portal.task;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An event as the status engine needs it: its type, the calendar day (Vietnam time) it took effect, and for
 * extensions the new deadline, for hand-overs the new lead agency; for a progress report written by the demo or
 * generated data, the percent it reports (the engine ignores it).
 */
public record TimelineEvent(TaskEventType type, LocalDate on, @Nullable LocalDate newDeadline, @Nullable Long newAgencyId,
        @Nullable Integer percent) {

    public TimelineEvent(TaskEventType type, LocalDate on, @Nullable LocalDate newDeadline, @Nullable Long newAgencyId) {
        this(type, on, newDeadline, newAgencyId, null);
    }

    public static TimelineEvent of(TaskEventType type, LocalDate on) {
        return new TimelineEvent(type, on, null, null, null);
    }

    /** A progress report of the given percent done. */
    public static TimelineEvent report(LocalDate on, int percent) {
        return new TimelineEvent(TaskEventType.PROGRESS_REPORTED, on, null, null, percent);
    }
}
