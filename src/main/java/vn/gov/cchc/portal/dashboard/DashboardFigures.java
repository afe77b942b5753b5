package vn.gov.cchc.portal.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.gov.cchc.portal.agency.AgencyGroup;
import vn.gov.cchc.portal.task.Counts;
import vn.gov.cchc.portal.task.ReformArea;

/**
 * Everything the dashboard shows for one request. {@code agencies} is the ranking (best rate first, agencies with
 * nothing planned last); for agency users it holds only their own agency. {@code previous} is the same request
 * as of the previous session's cut-off date, when there is one. {@code otherSources}: the tasks of the period from
 * other sources than the agencies' plans (directives, conclusions, inspections), all agencies together — counted
 * in the figures above only when the request's scope includes them.
 */
public record DashboardFigures(DashboardRequest request, Counts total, Map<AgencyGroup, Counts> groups,
        Map<ReformArea, Counts> areas, List<AgencyFigures> agencies, int activeAgencies, Counts otherSources,
        LocalDate previousCutoff,
        Map<AgencyGroup, Counts> previousGroups) {

    public Counts group(AgencyGroup group) {
        return groups.getOrDefault(group, Counts.ZERO);
    }

    public boolean isEmpty() {
        return total.planned() == 0;
    }
}
