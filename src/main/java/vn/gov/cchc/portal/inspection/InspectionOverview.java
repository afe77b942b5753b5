package vn.gov.cchc.portal.inspection;

import java.util.List;
import java.util.Map;
import vn.gov.cchc.portal.agency.AgencyName;

/**
 * A year of inspections at a glance: the plan's inspections by state, the recommendations of the year's inspections
 * by addressee and bucket, the requirements of the issued notices by how their tasks stand. Every number opens its
 * records ({@link InspectionOverviewService}).
 */
public record InspectionOverview(int year, Map<InspectionState, Long> inspections, List<AddresseeLine> addressees,
        Map<RequirementBucket, Long> requirements) {

    /** One addressee's recommendations, counted by bucket. */
    public record AddresseeLine(long addresseeId, AgencyName addressee, Map<RecommendationBucket, Long> counts) {
    }
}
