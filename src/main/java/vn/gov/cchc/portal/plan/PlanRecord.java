package vn.gov.cchc.portal.plan;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import vn.gov.cchc.portal.common.DocumentRef;

/**
 * One plan document of an agency's year: the plan ({@code sequence} 0) or its n-th amendment, its document, its
 * file's rows, where it stands and who moved it there, how many tasks it set out once received, and the name of the
 * signed document's file when the agency attached it.
 */
public record PlanRecord(long id, long agencyId, String agencyName, int year, int sequence, DocumentRef document,
        @Nullable String summary, @Nullable String fileName,
        int rowCount, PlanState state, @Nullable String returnReason, String createdBy, Instant createdAt,
        @Nullable String submittedBy, @Nullable Instant submittedAt, @Nullable String decidedBy,
        @Nullable Instant decidedAt, int taskCount, @Nullable String signedFileName, long version) {

    public boolean amendment() {
        return sequence > 0;
    }
}
