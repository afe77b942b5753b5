package vn.gov.cchc.portal.inspection;

/**
 * Where an inspection stands: planned; under way once its team is formed or its visit recorded; concluded when its
 * conclusion notice is issued; or cancelled with a reason.
 */
public enum InspectionState {
    PLANNED,
    UNDER_WAY,
    CONCLUDED,
    CANCELLED;

    public boolean open() {
        return this == PLANNED || this == UNDER_WAY;
    }

    public String messageKey() {
        return "inspection.state." + name();
    }
}
