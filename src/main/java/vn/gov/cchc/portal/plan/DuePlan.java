package vn.gov.cchc.portal.plan;

import java.time.LocalDate;

/** An agency that still owes its plan of {@code year}, due on {@code dueOn} (already past when {@code overdue}). */
public record DuePlan(long agencyId, int year, LocalDate dueOn, boolean overdue) {
}
