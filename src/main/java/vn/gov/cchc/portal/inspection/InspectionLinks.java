package vn.gov.cchc.portal.inspection;

/** Where the inspection module's pages are, named once for the views and for links from other modules. */
public final class InspectionLinks {

    /** The yearly plans and their inspections (administrators, secretariat, committee). */
    public static final String PLANS = "inspections";
    /** The inspections the user reads beyond the plans: as a team member, or of the user's own agency. */
    public static final String MINE = "inspections/mine";
    /** One inspection. */
    public static final String INSPECTION = "inspection";
    /** The year's overview: planned and done, recommendations by addressee, requirements done and overdue. */
    public static final String OVERVIEW = "inspections/overview";
    /** The recommendations addressed to the user's agency, to answer. */
    public static final String AGENCY_RECOMMENDATIONS = "agency/recommendations";

    private InspectionLinks() {
    }

    public static String inspection(long id) {
        return INSPECTION + "/" + id;
    }
}
