package vn.gov.cchc.portal.task;

import java.time.LocalDate;

/**
 * Figures as of {@code asOf} for the tasks planned in the period (original deadline — or, without one, the
 * assignment date; a plan's task always within its plan's year — from {@code periodFrom} to {@code periodTo}),
 * against the chosen deadline basis, of the tasks the scope names. Each task counts for the agency that held it
 * on {@code asOf}.
 */
public record FigureQuery(LocalDate asOf, LocalDate periodFrom, LocalDate periodTo, DeadlineBasis basis, TaskScope scope) {

    /** Every task, whatever its source. */
    public FigureQuery(LocalDate asOf, LocalDate periodFrom, LocalDate periodTo, DeadlineBasis basis) {
        this(asOf, periodFrom, periodTo, basis, TaskScope.ALL);
    }

    public FigureQuery withScope(TaskScope other) {
        return new FigureQuery(asOf, periodFrom, periodTo, basis, other);
    }
}
