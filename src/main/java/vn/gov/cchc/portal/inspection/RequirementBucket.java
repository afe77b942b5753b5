package vn.gov.cchc.portal.inspection;

/** How the overview counts a requirement of an issued notice by its task today: done, open in time, overdue. */
public enum RequirementBucket {
    DONE,
    OPEN,
    OVERDUE;

    public String messageKey() {
        return "inspection.requirementBucket." + name();
    }
}
