package vn.gov.cchc.portal.dashboard;

import java.time.LocalDate;
import vn.gov.cchc.portal.task.DeadlineBasis;

/** Figures as of a cut-off date for a period's plan, against a deadline basis. */
public record DashboardRequest(LocalDate asOf, Period period, DeadlineBasis basis) {
}
