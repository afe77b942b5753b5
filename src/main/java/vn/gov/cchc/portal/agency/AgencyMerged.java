package vn.gov.cchc.portal.agency;

import java.time.LocalDate;

/** Published when a merge is recorded, so that other modules can hand over what the agency held. */
public record AgencyMerged(long agencyId, long successorId, LocalDate effectiveDate) {
}
