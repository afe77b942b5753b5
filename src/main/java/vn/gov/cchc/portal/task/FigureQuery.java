package vn.gov.cchc.portal.task;

import java.time.LocalDate;

/**
 * Figures as of {@code asOf} for the tasks planned in the period (original deadline — or, without one, the
 * assignment date — from {@code periodFrom} to {@code periodTo}), against the chosen deadline basis. Each task
 * counts for the agency that held it on {@code asOf}.
 */
public record FigureQuery(LocalDate asOf, LocalDate periodFrom, LocalDate periodTo, DeadlineBasis basis) {
}
