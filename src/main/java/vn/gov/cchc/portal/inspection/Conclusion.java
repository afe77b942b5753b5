package vn.gov.cchc.portal.inspection;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A version of an inspection's conclusion notice: the team's conclusions and the requirements for the agency. */
public record Conclusion(long id, long inspectionId, int versionNo, ConclusionStatus status, String conclusions,
        List<Requirement> requirements, @Nullable String docNumber, @Nullable LocalDate issuedOn, @Nullable String signer,
        long version) {
}
