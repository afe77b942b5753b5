package vn.gov.cchc.portal.indicator;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.gov.cchc.portal.agency.AgencyGroup;
import vn.gov.cchc.portal.indicator.IndicatorChecks.Figure;

/**
 * A round's accepted figures: the national figures ({@code national}: the national reporter's where it gave them,
 * else the sum of every agency's), the group totals ({@code groups}: sums of the group's accepted reports), each as
 * a {@link Total} that says where it comes from ({@link IndicatorTotals}); the national reporter's own report, if
 * accepted; and each other agency's figures, with how many agencies of each group were asked.
 */
public record RoundFigures(RoundSummary round, List<Indicator> indicators, Map<Figure, Total> national,
        Map<AgencyGroup, Map<Figure, Total>> groups, Map<AgencyGroup, Integer> asked,
        @Nullable AgencyValues nationalReport, List<AgencyValues> agencies) {

    /** How many agencies of the group have an accepted report in the round. */
    public int reported(AgencyGroup group) {
        return (int) agencies.stream().filter(agency -> agency.agency().group() == group).count();
    }
}
