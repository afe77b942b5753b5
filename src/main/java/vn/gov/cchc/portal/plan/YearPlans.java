package vn.gov.cchc.portal.plan;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Every agency's plans of a year, and by when they were due. */
public record YearPlans(int year, @Nullable LocalDate dueOn, List<AgencyPlanStatus> agencies) {

    public long count(PlanState state) {
        return agencies.stream().filter(a -> a.plan() != null && a.plan().state() == state).count();
    }

    /** Plans submitted to the secretariat (received or waiting), of all agencies asked. */
    public long submitted() {
        return agencies.stream().filter(a -> a.plan() != null && a.plan().state() != PlanState.DRAFT).count();
    }
}
