package vn.gov.cchc.portal.plan;

import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.gov.cchc.portal.agency.AgencySummary;

/**
 * One agency's plans of a year as the secretariat follows them: its plan (null when none was drafted or it is
 * not yet submitted), its amendments, and whether the plan came after the due date (or has not come and it is past).
 */
public record AgencyPlanStatus(AgencySummary agency, @Nullable PlanRecord plan, List<PlanRecord> amendments, boolean late) {

    public int taskCount() {
        return (plan == null ? 0 : plan.taskCount()) + amendments.stream().mapToInt(PlanRecord::taskCount).sum();
    }
}
