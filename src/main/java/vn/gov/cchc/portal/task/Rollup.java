package vn.gov.cchc.portal.task;

/** A directive's children as of a date: how many there are, and how those in the plan then count. */
public record Rollup(int children, Counts counts) {
}
