package vn.gov.cchc.portal.task;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.cchc.portal.common.ValidationException;
import vn.gov.cchc.portal.security.Access;
import vn.gov.cchc.portal.task.internal.TaskFigures;

/**
 * Raw counts per agency and per area, by bucket, for a cut-off date and period; the dashboard and the briefs build on it.
 * Counts are national figures, readable by everyone signed in; the task lists behind them are checked by the
 * caller (the dashboard limits agency users to their own agency).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Access.AUTHENTICATED)
public class TaskStatisticsService {

    private final TaskFigures figures;

    TaskStatisticsService(TaskFigures figures) {
        this.figures = figures;
    }

    public FigureCounts counts(FigureQuery query) {
        validate(query);
        return figures.counts(query);
    }

    /** The counts of the plans' tasks and, apart, of the other sources' tasks (the query's scope aside). */
    public ScopedCounts countsByScope(FigureQuery query) {
        validate(query);
        return figures.byScope(query);
    }

    public List<Long> taskIdsBehind(FigureQuery query, List<Long> agencyIds, ReformArea area, Measure measure) {
        validate(query);
        return figures.taskIds(query, agencyIds, area, measure);
    }

    private static void validate(FigureQuery query) {
        if (query.asOf() == null || query.periodFrom() == null || query.periodTo() == null) {
            throw new ValidationException("asOf", "validation.required");
        }
        if (query.periodTo().isBefore(query.periodFrom())) {
            throw new ValidationException("periodTo", "dashboard.validation.periodEndBeforeStart");
        }
        if (query.asOf().isBefore(query.periodFrom())) {
            throw new ValidationException("asOf", "dashboard.validation.cutoffBeforePeriod");
        }
    }
}
