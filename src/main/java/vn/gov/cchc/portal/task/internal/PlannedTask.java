package vn.gov.cchc.portal.task.internal;

import java.time.LocalDate;
import java.util.List;
import vn.gov.cchc.portal.agency.AgencySummary;
import vn.gov.cchc.portal.task.ReformArea;
import vn.gov.cchc.portal.task.TimelineEvent;

/** A task to insert in bulk with its whole history (after the assignment). */
public record PlannedTask(String docNumber, String title, ReformArea area, AgencySummary lead, LocalDate assignedOn,
        LocalDate deadline, Long sessionId, List<TimelineEvent> events) {

    /** The day that puts the task in a period's plan, as {@link Task} has it. */
    LocalDate planDate() {
        return deadline == null ? assignedOn : deadline;
    }
}
