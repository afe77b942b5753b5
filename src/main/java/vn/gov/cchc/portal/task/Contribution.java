package vn.gov.cchc.portal.task;

import java.time.Instant;
import vn.gov.cchc.portal.agency.AgencyName;

/** A supporting agency's note. */
public record Contribution(AgencyName agency, String author, String note, Instant createdAt) {
}
