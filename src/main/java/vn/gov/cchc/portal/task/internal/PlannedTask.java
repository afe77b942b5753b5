package vn.gov.cchc.portal.task.internal;

import java.time.LocalDate;
import java.util.List;
import vn.gov.cchc.portal.agency.AgencySummary;
import vn.gov.cchc.portal.task.ReformArea;
import vn.gov.cchc.portal.task.TimelineEvent;

/**
 * A task to insert in bulk with its assigning document and its whole history (after the assignment); {@code
 * conclusionId}: the session's conclusion paragraph it was assigned from, if any; {@code planYear}: the year of the
 * lead agency's plan that sets it out (its document is the plan's), null for a task of another source.
 */
public record PlannedTask(Document document, String title, ReformArea area, AgencySummary lead, LocalDate assignedOn,
        LocalDate deadline, Long sessionId, List<TimelineEvent> events, Long conclusionId, Integer planYear) {

    public PlannedTask(Document document, String title, ReformArea area, AgencySummary lead, LocalDate assignedOn,
            LocalDate deadline, Long sessionId, List<TimelineEvent> events) {
        this(document, title, area, lead, assignedOn, deadline, sessionId, events, null, null);
    }

    /** The same task and history, assigned from a session's conclusion paragraph by another document. */
    PlannedTask fromConclusion(Document by, String title, ReformArea area, long sessionId, long conclusionId) {
        return new PlannedTask(by, title, area, lead, assignedOn, deadline, sessionId, events, conclusionId, null);
    }

    /** The same task, set out by its lead agency's plan of {@code year} (its document). */
    PlannedTask inPlan(int year) {
        return new PlannedTask(document, title, area, lead, assignedOn, deadline, sessionId, events, conclusionId, year);
    }

    /** The document that assigned the task, as the secretariat types it: "304/TB-VPCP", 19/07/2023, its signer. */
    public record Document(String number, LocalDate date, String signer, String excerpt) {
    }

    /** The day that puts the task in a period's plan, as {@link Task#planDate} has it. */
    LocalDate planDate() {
        return Task.planDate(deadline, assignedOn, planYear);
    }
}
