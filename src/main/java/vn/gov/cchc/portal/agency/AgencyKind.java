package vn.gov.cchc.portal.agency;

public enum AgencyKind {
    MINISTRY(AgencyGroup.MINISTRIES),
    MINISTERIAL_AGENCY(AgencyGroup.MINISTRIES),
    PROVINCE(AgencyGroup.PROVINCES),
    CITY(AgencyGroup.PROVINCES);

    private final AgencyGroup group;

    AgencyKind(AgencyGroup group) {
        this.group = group;
    }

    public AgencyGroup group() {
        return group;
    }

    public String messageKey() {
        return "agency.kind." + name();
    }
}
