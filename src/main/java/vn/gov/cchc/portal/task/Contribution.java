package vn.gov.cchc.portal.task;

import java.time.Instant;

/** A supporting agency's note. */
public record Contribution(String agencyNameVi, String author, String note, Instant createdAt) {
}
