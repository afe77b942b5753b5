package vn.gov.cchc.portal.inspection;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.gov.cchc.portal.task.ReformArea;

/** An inspection of the plan: the agency inspected, the month planned, the contents, the lead unit. */
public record InspectionDraft(long agencyId, int plannedMonth, Set<ReformArea> areas, @Nullable String topics,
        String leadUnit) {
}
