package vn.gov.cchc.portal.task;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.cchc.portal.common.NotFoundException;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.security.Access;
import vn.gov.cchc.portal.security.CurrentUser;
import vn.gov.cchc.portal.security.PortalUser;
import vn.gov.cchc.portal.task.internal.WorkQueueQueries;

/**
 * The task queues of the home page: what waits for the secretariat, and what waits for an agency (its own tasks
 * only). Each queue reads a few index entries (see docs/decisions/0012-work-queues.md).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Access.AUTHENTICATED)
public class WorkQueueService {

    private final WorkQueueQueries queries;
    private final CurrentUser currentUser;
    private final TaskSettings settings;
    private final Clock clock;

    WorkQueueService(WorkQueueQueries queries, CurrentUser currentUser, TaskSettings settings, Clock clock) {
        this.queries = queries;
        this.currentUser = currentUser;
        this.settings = settings;
        this.clock = clock;
    }

    /** Completion proposals and extension requests waiting for the secretariat (oldest first), and tasks due this week. */
    @PreAuthorize(Access.ADMIN_OR_SECRETARIAT)
    public List<WorkQueue> secretariat(int limit) {
        LocalDate today = PortalTime.today(clock);
        return List.of(queries.waiting(QueueReason.PROPOSAL, limit), queries.waiting(QueueReason.EXTENSION, limit),
                queries.due(null, QueueReason.DUE_THIS_WEEK, today, today.plusDays(6), limit));
    }

    /**
     * The signed-in agency user's queues: completions returned by the secretariat, overdue tasks, tasks due soon;
     * for officers also tasks not reported on this month and report drafts not yet sent.
     */
    @PreAuthorize(Access.AGENCY_USERS)
    public List<WorkQueue> agency(boolean officer, int limit) {
        long agency = currentUser.portalUser().map(PortalUser::agencyId).orElseThrow(NotFoundException::new);
        LocalDate today = PortalTime.today(clock);
        List<WorkQueue> queues = new ArrayList<>(List.of(queries.returned(agency, limit),
                queries.due(agency, QueueReason.OVERDUE, null, today.minusDays(1), limit),
                queries.due(agency, QueueReason.DUE_SOON, today, today.plusDays(settings.dueSoonDays()), limit)));
        if (officer) {
            queues.add(queries.notReportedSince(agency, today.withDayOfMonth(1), limit));
            queues.add(queries.drafts(agency, limit));
        }
        return queues;
    }
}
