package vn.gov.cchc.portal.inspection.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.gov.cchc.portal.agency.AgencyFilter;
import vn.gov.cchc.portal.agency.AgencyName;
import vn.gov.cchc.portal.agency.AgencyService;
import vn.gov.cchc.portal.agency.AgencySummary;
import vn.gov.cchc.portal.common.NotFoundException;
import vn.gov.cchc.portal.inspection.InspectionSummary;
import vn.gov.cchc.portal.inspection.Recommendation;

/** What the inspection services share: agencies' names, and an inspection or a recommendation as lists show it. */
@Component
public class InspectionRecords {

    private final InspectionPlanRepository plans;
    private final InspectionRepository inspections;
    private final AgencyService agencies;

    InspectionRecords(InspectionPlanRepository plans, InspectionRepository inspections, AgencyService agencies) {
        this.plans = plans;
        this.inspections = inspections;
        this.agencies = agencies;
    }

    public Map<Long, AgencySummary> agencies() {
        Map<Long, AgencySummary> byId = new HashMap<>();
        agencies.list(AgencyFilter.all()).forEach(agency -> byId.put(agency.id(), agency));
        return byId;
    }

    public InspectionPlan plan(long id) {
        return plans.findById(id).orElseThrow(NotFoundException::new);
    }

    public InspectionSummary summary(Inspection inspection, Map<Long, AgencySummary> names) {
        return new InspectionSummary(inspection.getId(), inspection.getPlanId(), plan(inspection.getPlanId()).getYear(),
                inspection.getAgencyId(), name(names, inspection.getAgencyId()), inspection.getPlannedMonth(),
                inspection.getAreas(), inspection.getLeadUnit(), inspection.getState(), inspection.visit().from(),
                inspection.getVersion());
    }

    public List<Recommendation> recommendations(List<InspectionRecommendation> found, Map<Long, AgencySummary> names) {
        Map<Long, Inspection> byId = new HashMap<>();
        return found.stream().map(recommendation -> {
            Inspection inspection = byId.computeIfAbsent(recommendation.getInspectionId(),
                    id -> inspections.findById(id).orElseThrow(NotFoundException::new));
            return recommendation.toRecommendation(plan(inspection.getPlanId()).getYear(), name(names, inspection.getAgencyId()),
                    name(names, recommendation.getAddresseeId()));
        }).toList();
    }

    private static AgencyName name(Map<Long, AgencySummary> names, long id) {
        AgencySummary agency = names.get(id);
        return agency == null ? new AgencyName("#" + id, "#" + id) : agency.label();
    }
}
