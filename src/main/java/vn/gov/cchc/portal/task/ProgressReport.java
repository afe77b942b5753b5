package vn.gov.cchc.portal.task;

import java.time.Instant;

/** A progress report; a draft ({@code submitted} false) can still be edited by the agency. */
public record ProgressReport(long id, String author, int percentDone, String narrative, boolean submitted,
        Instant updatedAt, Instant submittedAt, long version) {
}
