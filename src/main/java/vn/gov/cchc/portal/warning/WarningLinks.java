package vn.gov.cchc.portal.warning;

import java.time.LocalDate;

/** Where the early-warning screens are, for typed navigation from other modules. */
public final class WarningLinks {

    /** The agencies' tasks at risk. */
    public static final String AT_RISK = "warnings";
    /** The rule's settings. */
    public static final String RULES = "warnings/rules";

    private WarningLinks() {
    }

    /** The agencies' tasks at risk as of a day. */
    public static String atRisk(LocalDate day) {
        return AT_RISK + "?date=" + day;
    }

    /** The tasks at risk as of a day, of one agency. */
    public static String atRisk(LocalDate day, long agencyId) {
        return AT_RISK + "?date=" + day + "&agency=" + agencyId;
    }
}
