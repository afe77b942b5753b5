package vn.gov.cchc.portal.brief;

/** Where the brief module's pages are, for links from other modules (the views use these routes). */
public final class BriefLinks {

    public static final String BRIEFS = "briefs";
    public static final String BRIEF = "brief";

    private BriefLinks() {
    }

    public static String brief(long briefId) {
        return BRIEF + "/" + briefId;
    }
}
