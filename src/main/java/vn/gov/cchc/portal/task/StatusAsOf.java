package vn.gov.cchc.portal.task;

import java.time.LocalDate;

/** A task's status on a date, the convention bucket it counts in, the deadline used and the agency holding it. */
public record StatusAsOf(TaskStatus status, StatusBucket bucket, LocalDate deadline, Long agencyId) {
}
