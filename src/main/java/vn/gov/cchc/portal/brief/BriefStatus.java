package vn.gov.cchc.portal.brief;

public enum BriefStatus {
    DRAFT,
    /** Approved by a head of the secretariat, ready to be issued; any change makes it a draft again. */
    APPROVED,
    ISSUED,
    SUPERSEDED;

    /** Not issued yet: the secretariat's own, read by nobody else. */
    public boolean unissued() {
        return this == DRAFT || this == APPROVED;
    }

    public String messageKey() {
        return "brief.status." + name();
    }
}
