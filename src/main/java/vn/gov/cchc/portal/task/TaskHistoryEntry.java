package vn.gov.cchc.portal.task;

import java.time.Instant;
import java.time.LocalDate;
import vn.gov.cchc.portal.agency.AgencyName;

/** One entry of a task's history, ready to show. */
public record TaskHistoryEntry(long id, TaskEventType type, Instant at, String actor, String note,
        LocalDate newDeadline, String documentRef, AgencyName fromAgency, AgencyName toAgency, Integer percentDone) {
}
