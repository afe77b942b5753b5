package vn.gov.cchc.portal.inspection;

import java.time.Instant;

/** A document of an inspection as its page lists it: the self-inspection report, records the agency sent. */
public record InspectionDocument(long id, String fileName, long size, String uploadedBy, Instant uploadedAt) {
}
