package vn.gov.cchc.portal.inspection;

/**
 * Where a recommendation of the inspected agency stands: recorded by the team; forwarded by the secretariat to its
 * addressee (with the forwarding document, and the date an answer is due); answered by the addressee; or closed by
 * the secretariat with a reason.
 */
public enum RecommendationState {
    RECORDED,
    FORWARDED,
    ANSWERED,
    CLOSED;

    public boolean settled() {
        return this == ANSWERED || this == CLOSED;
    }

    public String messageKey() {
        return "inspection.recommendation.state." + name();
    }
}
