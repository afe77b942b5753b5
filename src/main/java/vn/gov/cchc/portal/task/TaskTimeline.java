package vn.gov.cchc.portal.task;

import java.time.LocalDate;
import java.util.List;

/**
 * A task's whole projected life as the early-warning rule walks it: its spans (who held it, in which state, under
 * which deadline) and the events that speak of its progress (progress reports with their percent, refused
 * extensions, returned completions), in the order they took effect.
 */
public record TaskTimeline(long taskId, String title, LocalDate assignedOn, List<TaskSpan> spans,
        List<TimelineEvent> progress) {
}
