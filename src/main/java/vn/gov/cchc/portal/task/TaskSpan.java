package vn.gov.cchc.portal.task;

import java.time.LocalDate;

/**
 * One stretch of a task's life in which nothing that matters for its status changes: from {@code from}
 * (inclusive) to {@code to} (exclusive; null = still so). {@code completedOn} is the day the confirmed completion
 * was proposed (the product delivered), set only in the DONE state.
 */
public record TaskSpan(LocalDate from, LocalDate to, TaskState state, long agencyId, LocalDate originalDeadline,
        LocalDate effectiveDeadline, LocalDate completedOn) {

    public boolean covers(LocalDate date) {
        return !from.isAfter(date) && (to == null || to.isAfter(date));
    }
}
