package vn.gov.cchc.portal.plan;

/** Where an agency's plan document stands: drafted, submitted by the leader, received or returned by the secretariat. */
public enum PlanState {
    DRAFT,
    SUBMITTED,
    RECEIVED,
    RETURNED;

    /** Whether the agency may still change it (a returned document is drafted again). */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    public String messageKey() {
        return "plan.state." + name();
    }
}
