package vn.gov.cchc.portal.warning.internal;

import java.time.LocalDate;

/**
 * Days of a task's life, {@code from} inclusive to {@code to} exclusive, on which it was (or will be, if nothing more
 * happens) open with its deadline ahead, held by the agency, and at risk or not.
 */
record RiskSegment(LocalDate from, LocalDate to, long agencyId, boolean atRisk) {
}
