package vn.gov.cchc.portal.dashboard;

import java.time.LocalDate;
import vn.gov.cchc.portal.task.DeadlineBasis;
import vn.gov.cchc.portal.task.TaskScope;

/**
 * Figures as of a cut-off date for a period's plan, against a deadline basis, of the tasks the scope names: the
 * agencies' plans (what "planned" means, ADR 0024), or with the tasks of other sources too.
 */
public record DashboardRequest(LocalDate asOf, Period period, DeadlineBasis basis, TaskScope scope) {

    /** The tasks of the agencies' plans. */
    public DashboardRequest(LocalDate asOf, Period period, DeadlineBasis basis) {
        this(asOf, period, basis, TaskScope.PLANS);
    }

    public DashboardRequest withScope(TaskScope other) {
        return new DashboardRequest(asOf, period, basis, other);
    }
}
