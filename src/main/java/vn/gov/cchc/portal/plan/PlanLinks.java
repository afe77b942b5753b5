package vn.gov.cchc.portal.plan;

/** Where the plan module's pages are, for links from other modules (the views use these routes). */
public final class PlanLinks {

    /** The agency's own plans: upload, preview, save the draft, submit. */
    public static final String AGENCY_PLANS = "agency/plans";
    /** Every agency's plans of a year, for the secretariat; {@code ?year=2027}. */
    public static final String PLANS = "plans";

    private PlanLinks() {
    }

    public static String year(int year) {
        return PLANS + "?year=" + year;
    }
}
