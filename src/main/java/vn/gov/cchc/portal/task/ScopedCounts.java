package vn.gov.cchc.portal.task;

/** The counts of one query for the tasks of the agencies' plans and, apart, for the tasks of other sources. */
public record ScopedCounts(FigureCounts plans, FigureCounts other) {
}
