package vn.gov.cchc.portal.task;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import org.jspecify.annotations.Nullable;
import vn.gov.cchc.portal.agency.AgencyName;

/**
 * A task's whole projected life as the early-warning rule walks it: its spans (who held it, in which state, under
 * which deadline) and the events that speak of its progress (progress reports with their percent, refused
 * extensions, returned completions), in the order they took effect (day, then entry).
 */
public record TaskTimeline(long taskId, String title, LocalDate assignedOn, List<TaskSpan> spans,
        List<TimelineEvent> progress) {

    /**
     * Whether an event of the type can change what the history says on any day ({@link #factsOn}): everything but a
     * reminder sent and an extension only asked for (neither moves the spans nor is a report, a refusal or a return).
     */
    public static boolean changedBy(TaskEventType type) {
        return type != TaskEventType.REMINDER_SENT && type != TaskEventType.EXTENSION_REQUESTED;
    }

    /**
     * What the history said on the day, the one definition the early warning reads (the lists, the task's page and
     * the precomputed days alike): none unless the task was assigned by then and a span open that day holds it with a
     * deadline in force not yet passed (the deadline day itself included); then the holder and that deadline, the last
     * progress report dated by then (the later entry of a day wins) and its percent (none if it gave none), and the
     * last day by then an extension was refused or a completion returned.
     */
    public Optional<ProgressFacts> factsOn(LocalDate day, LongFunction<@Nullable AgencyName> names) {
        if (day.isBefore(assignedOn)) {
            return Optional.empty();
        }
        @Nullable TaskSpan held = null;
        for (TaskSpan span : spans) {
            if (span.state() == TaskState.OPEN && span.covers(day) && span.effectiveDeadline() != null
                    && !day.isAfter(span.effectiveDeadline())) {
                held = span;
            }
        }
        if (held == null) {
            return Optional.empty();
        }
        @Nullable TimelineEvent lastReport = null;
        @Nullable LocalDate flaggedOn = null;
        for (TimelineEvent event : progress) {
            if (event.on().isAfter(day)) {
                continue;
            }
            if (event.type() == TaskEventType.PROGRESS_REPORTED) {
                lastReport = event;
            } else if (flaggedOn == null || event.on().isAfter(flaggedOn)) {
                flaggedOn = event.on();
            }
        }
        return Optional.of(new ProgressFacts(taskId, title, held.agencyId(), names.apply(held.agencyId()), assignedOn,
                held.effectiveDeadline(), lastReport == null ? null : lastReport.on(),
                lastReport == null ? null : lastReport.percent(), flaggedOn));
    }
}
