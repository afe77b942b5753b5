package vn.gov.cchc.portal.inspection;

import java.time.LocalDate;

/**
 * How the overview counts a recommendation on a day: recorded (not yet forwarded), awaiting an answer, overdue
 * (forwarded, past the day an answer was due), answered, closed.
 */
public enum RecommendationBucket {
    RECORDED,
    AWAITING,
    OVERDUE,
    ANSWERED,
    CLOSED;

    public static RecommendationBucket of(Recommendation recommendation, LocalDate today) {
        return switch (recommendation.state()) {
            case RECORDED -> RECORDED;
            case FORWARDED -> recommendation.overdue(today) ? OVERDUE : AWAITING;
            case ANSWERED -> ANSWERED;
            case CLOSED -> CLOSED;
        };
    }

    public String messageKey() {
        return "inspection.bucket." + name();
    }
}
