package vn.gov.cchc.portal.task;

import java.time.Instant;
import java.util.List;

/**
 * A progress report with the evidence sent with it; a draft ({@code submitted} false) can still be edited by the
 * agency, and its evidence removed.
 */
public record ProgressReport(long id, String author, int percentDone, String narrative, boolean submitted,
        Instant updatedAt, Instant submittedAt, long version, List<Evidence> evidence) {
}
