package vn.gov.cchc.portal.task;

import java.time.LocalDate;
import vn.gov.cchc.portal.agency.AgencyName;

/**
 * One line of a work queue: the task, its lead agency, why it is there and since when (the day the request was
 * made, or the deadline for tasks listed by their deadline).
 */
public record QueueItem(long taskId, String title, AgencyName agency, QueueReason reason, LocalDate since,
        LocalDate deadline) {
}
