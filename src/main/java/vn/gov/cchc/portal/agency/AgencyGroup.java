package vn.gov.cchc.portal.agency;

/** The two groups every statistic is reported for. */
public enum AgencyGroup {
    MINISTRIES,
    PROVINCES;

    public String messageKey() {
        return "agency.group." + name();
    }
}
