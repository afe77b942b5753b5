package vn.gov.cchc.portal.inspection;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One inspection as its page shows it: the summary, the visit, the team, the findings, the recommendations, the
 * conclusion's versions (newest first), the documents (the self-inspection report first). {@code editable}: the signed-in user may change its findings (the
 * secretariat, or a team member, while the inspection is open).
 */
public record InspectionDetails(InspectionSummary summary, @Nullable String topics, Visit visit, List<TeamMember> team,
        List<Finding> findings, List<Recommendation> recommendations, List<Conclusion> conclusions,
        List<InspectionDocument> documents, boolean editable) {
}
