package vn.gov.cchc.portal.indicator;

import vn.gov.cchc.portal.security.CurrentUser;

/** Where the indicator module's pages are, named once for the views and for links from other modules. */
public final class IndicatorLinks {

    /** The accepted figures of a period, for everyone who reads the dashboard. */
    public static final String FIGURES = "indicators";
    /** The indicator catalogue as it stood on a date. */
    public static final String CATALOGUE = "indicators/catalogue";
    /** The secretariat's reporting rounds. */
    public static final String ROUNDS = "indicators/rounds";
    /** One round: who reported what, the checks, the decisions. */
    public static final String ROUND = "indicators/round";
    /** The published indices (PAR INDEX, SIPAS…): frameworks and yearly results. */
    public static final String INDICES = "indicators/indices";
    /** One agency on one screen: its tasks, its reported figures, its index ranks. */
    public static final String AGENCY_PROFILE = "indicators/agency";
    /** The rounds an agency was asked to report for. */
    public static final String AGENCY_ROUNDS = "agency/indicators";
    /** An agency's report form of one round. */
    public static final String AGENCY_REPORT = "agency/indicators/report";

    private IndicatorLinks() {
    }

    public static String agencyProfile(long agencyId) {
        return AGENCY_PROFILE + "/" + agencyId;
    }

    /** A round's page for the signed-in user: the secretariat's round page, or the agency's report form of it. */
    public static String roundForUser(CurrentUser user, long roundId) {
        return (user.isSecretariatOrAdmin() ? ROUND : AGENCY_REPORT) + "/" + roundId;
    }
}
