package vn.gov.cchc.portal.indicator;

import java.time.LocalDate;
import java.util.List;
import vn.gov.cchc.portal.agency.AgencyGroup;

/**
 * Where in an agency a figure was counted: its total, or one level of it — for a province its provincial
 * departments, districts and communes (districts until 30/06/2025: local government has two levels from 01/07/2025),
 * for a ministry the ministry itself and its local branches (ngành dọc).
 */
public enum IndicatorLevel {
    TOTAL,
    PROVINCIAL,
    DISTRICT,
    COMMUNE,
    CENTRAL,
    LOCAL_BRANCH;

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

    public String messageKey() {
        return "indicator.level." + name();
    }
}
