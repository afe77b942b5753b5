package vn.gov.cchc.portal.agency;

import java.time.LocalDate;

/**
 * Records that {@code agencyId} is merged into {@code successorId} from {@code effectiveDate}: the agency's
 * last day is the day before. {@code agencyVersion} is the version the user saw.
 */
public record AgencyMerge(long agencyId, long agencyVersion, long successorId, LocalDate effectiveDate) {
}
