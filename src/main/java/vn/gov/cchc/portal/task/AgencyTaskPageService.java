package vn.gov.cchc.portal.task;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.cchc.portal.security.Access;
import vn.gov.cchc.portal.task.internal.AgencyTaskAccess;

/**
 * An agency's page of one task in one read-only transaction (ADR 0022): the task, its sources and notices, the
 * reports, the supporting agencies' notes, the history and the files of the next report. Each part is still asked of
 * the service that owns it, with that service's own access check; read together they share one connection and the
 * task is loaded once, instead of eight transactions of their own — the page is what agency users open most.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Access.AGENCY_USERS)
public class AgencyTaskPageService {

    private final AgencyTaskAccess access;
    private final TaskQueryService queries;
    private final ProgressReportService progress;
    private final ContributionService contributions;
    private final TaskHistoryService history;
    private final List<TaskNotice> notices;

    AgencyTaskPageService(AgencyTaskAccess access, TaskQueryService queries, ProgressReportService progress,
            ContributionService contributions, TaskHistoryService history, List<TaskNotice> notices) {
        this.access = access;
        this.queries = queries;
        this.progress = progress;
        this.contributions = contributions;
        this.history = history;
        this.notices = notices;
    }

    /** The page of task {@code taskId} for the signed-in agency user; another agency's task is not found. */
    public AgencyTaskPage page(long taskId, Locale locale) {
        TaskDetails task = queries.details(taskId);
        AgencyTaskPage page = new AgencyTaskPage(task, queries.sources(taskId),
                notices.stream().map(notice -> notice.noticeOf(taskId, locale)).flatMap(Optional::stream).toList(),
                progress.reports(taskId), contributions.contributions(taskId), history.history(taskId), List.of());
        return page.reporting(access.ownAgency()) ? withPendingEvidence(page) : page;
    }

    private AgencyTaskPage withPendingEvidence(AgencyTaskPage page) {
        return new AgencyTaskPage(page.task(), page.sources(), page.notices(), page.reports(), page.contributions(),
                page.history(), progress.pendingEvidence(page.task().id()));
    }
}
