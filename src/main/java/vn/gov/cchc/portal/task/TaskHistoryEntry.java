package vn.gov.cchc.portal.task;

import java.time.Instant;
import java.time.LocalDate;

/** One entry of a task's history, ready to show. */
public record TaskHistoryEntry(long id, TaskEventType type, Instant at, String actor, String note,
        LocalDate newDeadline, String documentRef, String fromAgencyNameVi, String toAgencyNameVi, Integer percentDone) {
}
