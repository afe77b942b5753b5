package vn.gov.cchc.portal.task;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.cchc.portal.agency.AgencyName;
import vn.gov.cchc.portal.agency.AgencyService;
import vn.gov.cchc.portal.agency.AgencySummary;
import vn.gov.cchc.portal.common.FileContent;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.security.Access;
import vn.gov.cchc.portal.session.Conclusion;
import vn.gov.cchc.portal.session.ConclusionService;
import vn.gov.cchc.portal.session.SessionDetails;
import vn.gov.cchc.portal.session.SessionService;
import vn.gov.cchc.portal.task.internal.AgencyIndex;
import vn.gov.cchc.portal.task.internal.Task;
import vn.gov.cchc.portal.task.internal.TaskReadAccess;
import vn.gov.cchc.portal.task.internal.TaskSpanEntry;
import vn.gov.cchc.portal.task.internal.TaskSpanRepository;
import vn.gov.cchc.portal.task.internal.TaskWork;

/**
 * One task as its page shows it: its details and status today, where it came from, the lead agency's sent reports
 * with their evidence, and the supporting agencies' notes. Readable by the secretariat, administrators and committee
 * members, and by users of its lead or supporting agency — to anyone else it does not exist. Lists of tasks are
 * {@link TaskListService}'s, its history {@link TaskHistoryService}'s.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Access.CENTRAL_READERS)
public class TaskQueryService {

    private final TaskReadAccess access;
    private final TaskWork work;
    private final SessionService sessions;
    private final ConclusionService conclusions;
    private final TaskSpanRepository spans;
    private final AgencyService agencies;
    private final TaskSettings settings;
    private final List<TaskSource> taskSources;
    private final Clock clock;

    TaskQueryService(TaskReadAccess access, TaskWork work, SessionService sessions, ConclusionService conclusions,
            TaskSpanRepository spans, AgencyService agencies, TaskSettings settings, List<TaskSource> taskSources, Clock clock) {
        this.access = access;
        this.work = work;
        this.sessions = sessions;
        this.conclusions = conclusions;
        this.spans = spans;
        this.agencies = agencies;
        this.settings = settings;
        this.taskSources = taskSources;
        this.clock = clock;
    }

    /** Where the task came from besides a session: the links other modules give (an inspection's requirement). */
    @PreAuthorize(Access.AUTHENTICATED)
    public List<TaskSourceLink> sources(long taskId) {
        access.readable(taskId);
        return taskSources.stream().map(source -> source.sourceOf(taskId)).flatMap(Optional::stream).toList();
    }

    @PreAuthorize(Access.AUTHENTICATED)
    public TaskDetails details(long taskId) {
        Task task = access.readable(taskId);
        Map<Long, AgencySummary> agencyById = agencies.byId();
        List<TaskSpan> taskSpans = spans.findByTaskIds(List.of(taskId)).stream().map(TaskSpanEntry::toSpan).toList();
        StatusAsOf today = task.isDirective() ? null : TaskStatusEngine.statusAsOf(taskSpans, PortalTime.today(clock),
                DeadlineBasis.EXTENDED, settings.dueSoonDays());
        return new TaskDetails(task.getId(), task.getParentId(), task.isDirective(), task.getConclusionId(),
                task.getSessionId(), task.getDocument(), task.getDocExcerpt(),
                task.getTitle(), task.getDescription(), task.getArea(), task.getLeadAgencyId(),
                AgencyIndex.name(agencyById, task.getLeadAgencyId()),
                task.getSupportAgencyIds().stream().map(id -> AgencyIndex.name(agencyById, id))
                        .sorted(Comparator.comparing(AgencyName::vi)).toList(),
                task.getAssignedOn(), task.getOriginalDeadline(), task.getDeadline(), task.getProduct(),
                task.getPriority(), task.getPlanYear(), task.getState(), today, origin(task), task.getVersion());
    }

    /** The lead agency's sent progress reports with their evidence, newest first. */
    public List<ProgressReport> reports(long taskId) {
        access.readable(taskId);
        return work.reports(taskId, false);
    }

    /**
     * An evidence file, for whoever may read its task; files not yet sent with a report only for the lead agency.
     */
    @PreAuthorize(Access.AUTHENTICATED)
    public FileContent evidenceFile(long evidenceId) {
        Task task = access.readable(work.taskOf(evidenceId));
        Long agency = access.ownAgency();
        return work.content(evidenceId, agency != null && agency.equals(task.getLeadAgencyId()));
    }

    /** The supporting agencies' notes. */
    public List<Contribution> contributions(long taskId) {
        access.readable(taskId);
        return work.contributions(taskId);
    }

    private TaskOrigin origin(Task task) {
        if (task.getSessionId() == null) {
            return TaskOrigin.NONE;
        }
        SessionDetails session = sessions.get(task.getSessionId());
        Conclusion conclusion = task.getConclusionId() == null ? null : conclusions.get(task.getConclusionId());
        return new TaskOrigin(session.id(), session.number(), session.title(),
                conclusion == null ? null : conclusion.number(), conclusion == null ? null : conclusion.text());
    }
}
