package vn.gov.cchc.portal.inspection;

/**
 * A conclusion notice is drafted, approved by a head of the secretariat (a change makes it a draft again), issued
 * (never edited again), and superseded by a later issued version.
 */
public enum ConclusionStatus {
    DRAFT,
    APPROVED,
    ISSUED,
    SUPERSEDED;

    /** Still being written or waiting to be issued: the team and the secretariat work on it. */
    public boolean unissued() {
        return this == DRAFT || this == APPROVED;
    }

    public String messageKey() {
        return "inspection.conclusion.status." + name();
    }
}
