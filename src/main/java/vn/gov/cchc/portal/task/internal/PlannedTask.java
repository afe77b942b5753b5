package vn.gov.cchc.portal.task.internal;

import java.time.LocalDate;
import java.util.List;
import vn.gov.cchc.portal.agency.AgencySummary;
import vn.gov.cchc.portal.task.ReformArea;
import vn.gov.cchc.portal.task.TimelineEvent;

/**
 * A task to insert in bulk with its assigning document and its whole history (after the assignment); {@code
 * conclusionId}: the session's conclusion paragraph it was assigned from, if any.
 */
public record PlannedTask(Document document, String title, ReformArea area, AgencySummary lead, LocalDate assignedOn,
        LocalDate deadline, Long sessionId, List<TimelineEvent> events, Long conclusionId) {

    public PlannedTask(Document document, String title, ReformArea area, AgencySummary lead, LocalDate assignedOn,
            LocalDate deadline, Long sessionId, List<TimelineEvent> events) {
        this(document, title, area, lead, assignedOn, deadline, sessionId, events, null);
    }

    /** The same task and history, assigned from a session's conclusion paragraph by another document. */
    PlannedTask fromConclusion(Document by, String title, ReformArea area, long sessionId, long conclusionId) {
        return new PlannedTask(by, title, area, lead, assignedOn, deadline, sessionId, events, conclusionId);
    }

    /** The document that assigned the task, as the secretariat types it: "304/TB-VPCP", 19/07/2023, its signer. */
    public record Document(String number, LocalDate date, String signer, String excerpt) {
    }

    /** The day that puts the task in a period's plan, as {@link Task} has it. */
    LocalDate planDate() {
        return deadline == null ? assignedOn : deadline;
    }
}
