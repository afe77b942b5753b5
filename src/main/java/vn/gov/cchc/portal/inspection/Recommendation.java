package vn.gov.cchc.portal.inspection;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.gov.cchc.portal.agency.AgencyName;

/** A recommendation of the inspected agency to a competent agency, and how it was followed up. */
public record Recommendation(long id, long inspectionId, int year, AgencyName inspected, int number, String text,
        long addresseeId, AgencyName addressee, RecommendationState state, @Nullable String forwardedDoc,
        @Nullable LocalDate forwardedOn, @Nullable LocalDate answerDue, @Nullable String answerText,
        @Nullable String answerDoc, @Nullable LocalDate answeredOn, @Nullable String closeReason, long version) {

    /** Forwarded, not answered, and past the day the answer was due. */
    public boolean overdue(LocalDate today) {
        return state == RecommendationState.FORWARDED && answerDue != null && today.isAfter(answerDue);
    }
}
