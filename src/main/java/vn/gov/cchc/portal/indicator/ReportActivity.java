package vn.gov.cchc.portal.indicator;

/**
 * Something happened to an agency's report of a round that someone else should hear of: published in the
 * transaction of the change (the notification module listens).
 *
 * @param actor the user who did it (not told of their own act)
 */
public record ReportActivity(Type type, long roundId, String roundTitle, long agencyId, String actor) {

    public enum Type {
        /** The agency's leader submitted: the secretariat decides. */
        SUBMITTED,
        /** The secretariat returned it with a reason: the agency corrects it. */
        RETURNED,
        /** The secretariat accepted it: the agency's figures stand. */
        ACCEPTED
    }
}
