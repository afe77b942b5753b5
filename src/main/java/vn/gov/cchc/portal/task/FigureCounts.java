package vn.gov.cchc.portal.task;

import java.util.Map;

/**
 * The figures for a cut-off date and period: per agency (the one holding each task on the date) and per reform
 * area, how many tasks of the plan were in each counted bucket.
 */
public record FigureCounts(Map<Long, Map<StatusBucket, Long>> byAgency, Map<ReformArea, Map<StatusBucket, Long>> byArea) {
}
