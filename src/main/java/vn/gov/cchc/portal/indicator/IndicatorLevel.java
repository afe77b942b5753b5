package vn.gov.cchc.portal.indicator;

import java.time.LocalDate;
import java.util.List;
import vn.gov.cchc.portal.agency.AgencyGroup;

/**
 * Where in an agency a figure was counted: its total, or one level of it — for a province its provincial
 * departments, districts and communes (districts until 30/06/2025: local government has two levels from 01/07/2025),
 * for a ministry the ministry itself and its local branches (ngành dọc). The national reporter gives the nation's
 * figures at every level it publishes ({@link #national}), and also for all localities together ({@link #LOCAL}).
 */
public enum IndicatorLevel {
    TOTAL,
    PROVINCIAL,
    DISTRICT,
    COMMUNE,
    CENTRAL,
    LOCAL_BRANCH,
    /** All localities together (a national figure only: "1.395 TTHC thực hiện tại địa phương"). */
    LOCAL;

    /** The first day without districts. */
    public static final LocalDate TWO_LEVEL_LOCAL_GOVERNMENT = LocalDate.of(2025, 7, 1);

    /** The levels a figure of an agency of this group splits into, on the cut-off date. */
    public static List<IndicatorLevel> of(AgencyGroup group, LocalDate cutoff) {
        if (group == AgencyGroup.MINISTRIES) {
            return List.of(CENTRAL, LOCAL_BRANCH);
        }
        return cutoff.isBefore(TWO_LEVEL_LOCAL_GOVERNMENT) ? List.of(PROVINCIAL, DISTRICT, COMMUNE)
                : List.of(PROVINCIAL, COMMUNE);
    }

    /**
     * The levels the national reporter gives on the cut-off date: central agencies, all localities, provincial
     * departments, districts (until 30/06/2025), communes and vertical branches. They overlap (a locality's figure
     * holds its provinces, districts and communes), so they are never added up.
     */
    public static List<IndicatorLevel> national(LocalDate cutoff) {
        return cutoff.isBefore(TWO_LEVEL_LOCAL_GOVERNMENT)
                ? List.of(CENTRAL, LOCAL, PROVINCIAL, DISTRICT, COMMUNE, LOCAL_BRANCH)
                : List.of(CENTRAL, LOCAL, PROVINCIAL, COMMUNE, LOCAL_BRANCH);
    }

    public String messageKey() {
        return "indicator.level." + name();
    }
}
