package vn.gov.cchc.portal.task;

import java.util.Collection;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.cchc.portal.security.Access;
import vn.gov.cchc.portal.task.internal.TimelineQuery;

/**
 * The tasks' projected lives for the early warning's precomputed days (ADR 0026), read in bulk: the tasks named, or
 * a page of all by id. Directives hold no work of their own and are left out. Read as the system (or the
 * secretariat), never shown as such.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Access.ADMIN_OR_SECRETARIAT)
public class TaskTimelineService {

    private final TimelineQuery query;

    TaskTimelineService(TimelineQuery query) {
        this.query = query;
    }

    /** The ids of the tasks (not directives) after the given one, upwards. */
    public List<Long> idsAfter(long afterId, int limit) {
        return query.idsAfter(afterId, limit);
    }

    /**
     * The named tasks' lives as the current transaction sees them (its own changes flushed first); a directive or an
     * unknown id is left out.
     */
    public List<TaskTimeline> of(Collection<Long> ids) {
        return query.of(ids);
    }
}
