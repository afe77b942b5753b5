package vn.gov.cchc.portal.indicator;

import java.time.LocalDate;

/** An agency that has not yet submitted its report of an open round whose deadline is near or past. */
public record DueReport(long roundId, long agencyId, String title, LocalDate deadline, boolean overdue) {
}
