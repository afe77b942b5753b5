package vn.gov.cchc.portal.brief;

import java.time.LocalDate;
import java.time.Instant;

/** A brief as lists show it, with who drafted it and who approved it (when). */
public record BriefSummary(long id, long sessionId, int sessionNumber, String sessionTitle, int versionNo,
        BriefStatus status, String docNumber, LocalDate issuedOn, String signer, Long supersedesId, long version,
        String draftedBy, String approvedBy, Instant approvedAt) {
}
