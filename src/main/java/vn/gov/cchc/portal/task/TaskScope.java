package vn.gov.cchc.portal.task;

/**
 * Which tasks a figure counts (docs/decisions/0024-planned-means-the-agencies-plans.md): the tasks the agencies'
 * plans of the year set out — what the published "planned" means — or the tasks of other sources (directives,
 * sessions' conclusions, inspections' requirements), or both.
 */
public enum TaskScope {
    PLANS,
    OTHER,
    ALL;

    /** The values of {@code task_span.in_plan} this scope reads. */
    public String inPlanSql() {
        return switch (this) {
            case PLANS -> "(TRUE)";
            case OTHER -> "(FALSE)";
            case ALL -> "(FALSE, TRUE)";
        };
    }
}
