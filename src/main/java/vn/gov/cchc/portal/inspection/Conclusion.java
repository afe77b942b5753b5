package vn.gov.cchc.portal.inspection;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A version of an inspection's conclusion notice: the team's conclusions and the requirements for the agency; who
 * drafted it, who approved it and when; as issued, its number, date, signer and the signer's position.
 */
public record Conclusion(long id, long inspectionId, int versionNo, ConclusionStatus status, String conclusions,
        List<Requirement> requirements, @Nullable String docNumber, @Nullable LocalDate issuedOn, @Nullable String signer,
        long version, @Nullable String draftedBy, @Nullable String approvedBy, java.time.@Nullable Instant approvedAt,
        @Nullable String signerPosition) {
}
