package vn.gov.cchc.portal.inspection;

/** A conclusion notice is drafted, issued (never edited again), and superseded by a later issued version. */
public enum ConclusionStatus {
    DRAFT,
    ISSUED,
    SUPERSEDED;

    public String messageKey() {
        return "inspection.conclusion.status." + name();
    }
}
