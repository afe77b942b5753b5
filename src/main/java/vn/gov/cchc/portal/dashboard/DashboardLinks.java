package vn.gov.cchc.portal.dashboard;

import java.time.LocalDate;

/** Where the dashboard is, for links from other modules (the view uses this route). */
public final class DashboardLinks {

    public static final String DASHBOARD = "dashboard";

    private DashboardLinks() {
    }

    /** The figures of a period as of a cut-off date. */
    public static String figures(LocalDate asOf, Period period) {
        return DASHBOARD + "?asOf=" + asOf + "&from=" + period.from() + "&to=" + period.to();
    }
}
