package vn.gov.cchc.portal.task.internal;

import java.sql.Date;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.gov.cchc.portal.task.DeadlineBasis;
import vn.gov.cchc.portal.task.FigureCounts;
import vn.gov.cchc.portal.task.FigureQuery;
import vn.gov.cchc.portal.task.Measure;
import vn.gov.cchc.portal.task.ReformArea;
import vn.gov.cchc.portal.task.ScopedCounts;
import vn.gov.cchc.portal.task.StatusBucket;
import vn.gov.cchc.portal.task.TaskScope;

/**
 * Counts in the official convention, computed in the database: from the running counts for whole plan months,
 * from the span projection (one covering index range) for the rest and for the tasks behind a figure. The bucket
 * rules are the engine's (TaskStatusEngine); FiguresAgreeTest checks all three agree on generated data.
 */
@Component
public class TaskFigures {

    private final NamedParameterJdbcTemplate jdbc;
    private final FigurePoints points;
    private final FigureCache cache;

    TaskFigures(NamedParameterJdbcTemplate jdbc, FigurePoints points, FigureCache cache) {
        this.jdbc = jdbc;
        this.points = points;
        this.cache = cache;
    }

    /**
     * The counts for the query. Of every task: whole months of the period from the running counts, the days added
     * to or taken from them at either end from the spans. Of the tasks of other sources (a few hundred a year):
     * from their spans alone. Of the plans' tasks: every task's counts less the other sources'.
     */
    public FigureCounts counts(FigureQuery query) {
        return cache.get(query, points.changedInThisTransaction(), () -> computeCounts(query));
    }

    private FigureCounts computeCounts(FigureQuery query) {
        return switch (query.scope()) {
            case ALL -> every(query).toCounts();
            case OTHER -> countsFromSpans(query);
            case PLANS -> byScope(query).plans();
        };
    }

    /**
     * The plans' counts and the other sources' counts of the query, with one read of the other sources' spans (the
     * dashboard shows both).
     */
    public ScopedCounts byScope(FigureQuery query) {
        return cache.get(new ByScope(query), points.changedInThisTransaction(), () -> computeByScope(query));
    }

    /** The key of {@link #byScope} among the kept figures (the same query also keys {@link #counts}). */
    private record ByScope(FigureQuery query) {
    }

    private ScopedCounts computeByScope(FigureQuery query) {
        FigureTally plans = every(query);
        FigureTally other = new FigureTally();
        addSpanCounts(query.withScope(TaskScope.OTHER), (agencyId, area, bucket, n) -> {
            other.addAgency(agencyId, bucket, n);
            other.addArea(area, bucket, n);
            plans.addAgency(agencyId, bucket, -n);
            plans.addArea(area, bucket, -n);
        });
        return new ScopedCounts(plans.toCounts(), other.toCounts());
    }

    /** Every task's counts: the running counts for the whole months, the spans for the days at either end. */
    private FigureTally every(FigureQuery query) {
        FigureTally tally = new FigureTally();
        PlanMonths months = PlanMonths.of(query.periodFrom(), query.periodTo());
        if (months.first() != null) {
            points.addCounts(months.first(), months.last(), query.asOf(), query.basis(), tally);
        }
        for (PlanMonths.Days days : months.days()) {
            addSpanCounts(new FigureQuery(query.asOf(), days.from(), days.to(), query.basis()), days.sign(), tally);
        }
        return tally;
    }

    /** The same counts read from the spans alone (every span of the period), as the running counts must agree. */
    public FigureCounts countsFromSpans(FigureQuery query) {
        FigureTally tally = new FigureTally();
        addSpanCounts(query, 1, tally);
        return tally.toCounts();
    }

    private void addSpanCounts(FigureQuery query, int sign, FigureTally tally) {
        addSpanCounts(query, (agencyId, area, bucket, n) -> {
            tally.addAgency(agencyId, bucket, sign * n);
            tally.addArea(area, bucket, sign * n);
        });
    }

    /** One count of the spans: how many tasks of the scope an agency held in an area and bucket. */
    private interface SpanCount {
        void add(long agencyId, ReformArea area, StatusBucket bucket, long n);
    }

    private void addSpanCounts(FigureQuery query, SpanCount counted) {
        String sql = "SELECT s.agency_id, s.area, " + bucketSql(query.basis()) + " AS bucket, COUNT(*) AS n"
                + " FROM task_span s WHERE " + spanOnDateInPeriod(query) + " GROUP BY s.agency_id, s.area, bucket";
        jdbc.query(sql, params(query), rs -> {
            StatusBucket bucket = StatusBucket.valueOf(rs.getString("bucket"));
            if (bucket.planned()) {
                counted.add(rs.getLong("agency_id"), ReformArea.valueOf(rs.getString("area")), bucket, rs.getLong("n"));
            }
        });
    }

    /** The ids of exactly the tasks behind one number of a figure; null agencies or area mean "any". */
    public List<Long> taskIds(FigureQuery query, List<Long> agencyIds, ReformArea area, Measure measure) {
        StringBuilder sql = new StringBuilder("SELECT s.task_id FROM task_span s WHERE ").append(spanOnDateInPeriod(query));
        MapSqlParameterSource params = params(query);
        if (agencyIds != null) {
            sql.append(" AND s.agency_id IN (:agencyIds)");
            params.addValue("agencyIds", agencyIds.isEmpty() ? List.of(-1L) : agencyIds);
        }
        if (area != null) {
            sql.append(" AND s.area = :area");
            params.addValue("area", area.name());
        }
        sql.append(" AND ").append(bucketSql(query.basis())).append(" IN (:buckets)");
        params.addValue("buckets", measure.buckets().stream().map(StatusBucket::name).toList());
        sql.append(" ORDER BY s.task_id DESC");
        return jdbc.queryForList(sql.toString(), params, Long.class);
    }

    /** The spans of the scope's tasks planned in the period and current on the cut-off day (index ix_span_figures). */
    private static String spanOnDateInPeriod(FigureQuery query) {
        return "s.in_plan IN " + query.scope().inPlanSql() + " AND s.plan_date BETWEEN :from AND :to"
                + " AND s.from_date <= :asOf AND (s.to_date IS NULL OR s.to_date > :asOf)";
    }

    /** TaskStatusEngine's bucket rules, for the deadline column of the chosen basis. */
    static String bucketSql(DeadlineBasis basis) {
        String deadline = basis == DeadlineBasis.ORIGINAL ? "s.original_deadline" : "s.effective_deadline";
        return """
                (CASE
                   WHEN s.state = 'DONE' THEN
                     CASE WHEN %1$s IS NULL OR s.completed_on <= %1$s THEN 'DONE_ON_TIME' ELSE 'DONE_LATE' END
                   WHEN s.state IN ('OPEN', 'AWAITING_CONFIRMATION') THEN
                     CASE WHEN %1$s IS NOT NULL AND :asOf > %1$s THEN 'OPEN_OVERDUE' ELSE 'OPEN_IN_TIME' END
                   ELSE 'NOT_COUNTED'
                 END)""".formatted(deadline);
    }

    private static MapSqlParameterSource params(FigureQuery query) {
        return new MapSqlParameterSource()
                .addValue("asOf", Date.valueOf(query.asOf()))
                .addValue("from", Date.valueOf(query.periodFrom()))
                .addValue("to", Date.valueOf(query.periodTo()));
    }
}
