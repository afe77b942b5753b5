package vn.gov.cchc.portal.task;

import org.jspecify.annotations.Nullable;

/**
 * An evidence file as the search indexes it: its task's lead agency, and whether it was sent with a report (before,
 * it is the lead agency's own).
 */
public record EvidenceFile(long id, long taskId, String fileName, @Nullable Long leadAgencyId, boolean sent) {
}
