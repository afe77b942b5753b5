package vn.gov.cchc.portal.agency;

/** Where the agency registry is, for links from other modules (the view uses this route). */
public final class AgencyLinks {

    public static final String AGENCIES = "admin/agencies";

    private AgencyLinks() {
    }
}
