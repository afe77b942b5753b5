package vn.gov.cchc.portal.task;

import java.util.Map;

/**
 * The figures for a cut-off date and period: per agency (the one holding each task on the date) and per reform
 * area. Agencies and areas without any planned task are absent. Never changed once made: the same figure is kept and
 * given to every reader of the same question (ADR 0022).
 */
public record FigureCounts(Map<Long, Counts> byAgency, Map<ReformArea, Counts> byArea) {
}
