package vn.gov.cchc.portal.task;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.cchc.portal.agency.AgencyFilter;
import vn.gov.cchc.portal.agency.AgencyService;
import vn.gov.cchc.portal.agency.AgencySummary;
import vn.gov.cchc.portal.common.Checks;
import vn.gov.cchc.portal.common.ConcurrentEditException;
import vn.gov.cchc.portal.common.NotFoundException;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.common.TextMatch;
import vn.gov.cchc.portal.common.ValidationException;
import vn.gov.cchc.portal.security.Access;
import vn.gov.cchc.portal.security.CurrentUser;
import vn.gov.cchc.portal.security.PortalUser;
import vn.gov.cchc.portal.storage.FileStore;
import vn.gov.cchc.portal.storage.IncomingFile;
import vn.gov.cchc.portal.storage.StoredFile;
import vn.gov.cchc.portal.task.internal.EventDetails;
import vn.gov.cchc.portal.task.internal.Task;
import vn.gov.cchc.portal.task.internal.TaskContribution;
import vn.gov.cchc.portal.task.internal.TaskContributionRepository;
import vn.gov.cchc.portal.task.internal.TaskEvidence;
import vn.gov.cchc.portal.task.internal.TaskEvidenceRepository;
import vn.gov.cchc.portal.task.internal.TaskFigures;
import vn.gov.cchc.portal.task.internal.TaskLedger;
import vn.gov.cchc.portal.task.internal.TaskReport;
import vn.gov.cchc.portal.task.internal.TaskReportRepository;
import vn.gov.cchc.portal.task.internal.TaskRepository;
import vn.gov.cchc.portal.task.internal.TaskSpanEntry;
import vn.gov.cchc.portal.task.internal.TaskSpanRepository;
import vn.gov.cchc.portal.task.internal.TaskWork;

/**
 * The workspace of a ministry or province: its tasks, progress reports with evidence, and supporting agencies'
 * notes. Every method works on the signed-in user's own agency; another agency's task answers "not found", exactly
 * like a task that does not exist.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Access.AGENCY_USERS)
public class AgencyTaskService {

    private final ApplicationEventPublisher events;
    private final TaskRepository tasks;
    private final TaskSpanRepository spans;
    private final TaskReportRepository reports;
    private final TaskEvidenceRepository evidence;
    private final TaskContributionRepository contributions;
    private final TaskLedger ledger;
    private final TaskWork work;
    private final TaskFigures figures;
    private final FileStore files;
    private final AgencyService agencies;
    private final CurrentUser currentUser;
    private final TaskSettings settings;
    private final Clock clock;

    AgencyTaskService(TaskRepository tasks, TaskSpanRepository spans, TaskReportRepository reports,
            TaskEvidenceRepository evidence, TaskContributionRepository contributions, TaskLedger ledger, TaskWork work, TaskFigures figures, FileStore files,
            AgencyService agencies, CurrentUser currentUser, TaskSettings settings, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.tasks = tasks;
        this.spans = spans;
        this.reports = reports;
        this.evidence = evidence;
        this.contributions = contributions;
        this.ledger = ledger;
        this.work = work;
        this.figures = figures;
        this.files = files;
        this.agencies = agencies;
        this.currentUser = currentUser;
        this.settings = settings;
        this.clock = clock;
    }

    /** Overdue first, then due soon, then the rest by deadline; tasks the agency leads and those it supports. */
    public List<AgencyTaskRow> myTasks(AgencyTaskFilter filter) {
        long agency = ownAgency();
        LocalDate today = PortalTime.today(clock);
        List<Task> mine = tasks.findForAgency(agency);
        Map<Long, List<TaskSpan>> spansByTask = spansOf(mine);
        Map<Long, AgencySummary> agencyById = agencyIndex();
        return mine.stream()
                .map(task -> row(task, agency, today, spansByTask, agencyById))
                .filter(row -> filter.status() == null || row.status() == filter.status())
                .filter(row -> filter.area() == null || row.area() == filter.area())
                .filter(row -> filter.sessionId() == null || filter.sessionId().equals(row.sessionId()))
                .filter(row -> TextMatch.contains(row.title(), filter.text()))
                .sorted(Comparator.comparingInt(AgencyTaskService::urgency)
                        .thenComparing(AgencyTaskRow::deadline, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(AgencyTaskRow::id))
                .toList();
    }

    /**
     * The agency's figures for this year's plan as of today, exactly as the dashboard and the committee see them
     * (one {@link Counts}, one rate rule).
     */
    public Counts counts() {
        LocalDate today = PortalTime.today(clock);
        return figures.counts(new FigureQuery(today, today.withDayOfYear(1), today.withMonth(12).withDayOfMonth(31),
                DeadlineBasis.EXTENDED, TaskScope.PLANS)).byAgency().getOrDefault(ownAgency(), Counts.ZERO);
    }

    /** The reports, newest first, with their evidence; the lead agency also sees its draft, others only sent ones. */
    public List<ProgressReport> reports(long taskId) {
        Task task = readable(taskId);
        return work.reports(taskId, Long.valueOf(ownAgency()).equals(task.getLeadAgencyId()));
    }

    /** The evidence that goes with the next report (the draft's, and files uploaded before it was saved). */
    public List<Evidence> pendingEvidence(long taskId) {
        ledTask(taskId);
        List<Evidence> pending = new ArrayList<>(work.unattached(taskId));
        work.reports(taskId, true).stream().filter(r -> !r.submitted()).findFirst()
                .ifPresent(draft -> pending.addAll(0, draft.evidence().stream().filter(e -> e.reportId() != null).toList()));
        return pending;
    }

    public List<Contribution> contributions(long taskId) {
        readable(taskId);
        return work.contributions(taskId);
    }

    /** Removes an evidence file of the agency's own task, as long as the report it belongs to has not been sent. */
    @Transactional
    public void removeEvidence(long evidenceId) {
        TaskEvidence file = evidence.findById(evidenceId).orElseThrow(NotFoundException::new);
        Task task = ledTask(file.getTaskId());
        requireOpen(task);
        if (file.getReportId() != null && reports.findById(file.getReportId()).map(TaskReport::isSubmitted).orElse(false)) {
            throw new ValidationException(null, "task.evidence.alreadySent");
        }
        evidence.delete(file);
        files.deleteAfterCommit(file.getFile());
        events.publishEvent(new EvidenceChanged(file.getTaskId()));
    }

    /** Saves a draft report (new when {@code reportId} is null); a draft edited by someone else meanwhile is refused. */
    @Transactional
    public ProgressReport saveDraft(long taskId, Long reportId, long reportVersion, int percentDone, String narrative) {
        Task task = ledTask(taskId);
        requireOpen(task);
        new Checks().check(percentDone >= 0 && percentDone <= 100, "percent", "task.validation.percent")
                .maxLength("narrative", narrative, 4000).throwIfAny();
        TaskReport report = reportId == null
                ? new TaskReport(taskId, task.getLeadAgencyId(), actor(), clock.instant())
                : draftOf(taskId, reportId, reportVersion);
        report.write(percentDone, blankToNull(narrative), actor(), clock.instant());
        return TaskWork.report(reports.saveAndFlush(report), List.of());
    }

    /** Submits a draft: it becomes an entry of the task's history and can no longer be changed. */
    @Transactional
    public ProgressReport submit(long taskId, long reportId, long reportVersion) {
        Task task = ledTask(taskId);
        requireOpen(task);
        TaskReport report = draftOf(taskId, reportId, reportVersion);
        report.submit(clock.instant());
        evidence.findByTaskIdOrderByIdAsc(taskId).forEach(file -> file.attachTo(report.getId()));
        reports.flush();
        ledger.record(task, TaskEventType.PROGRESS_REPORTED, actor(), new EventDetails(report.getNarrative(), null,
                null, null, null, report.getPercentDone(), null));
        return TaskWork.report(report, List.of());
    }

    /** Adds an evidence file (type checked by content, size limited); a refused file leaves nothing behind. */
    @Transactional
    public Evidence uploadEvidence(long taskId, Long reportId, IncomingFile file) {
        Task task = ledTask(taskId);
        requireOpen(task);
        if (reportId != null) {
            reports.findById(reportId).filter(r -> r.getTaskId() == taskId).orElseThrow(NotFoundException::new);
        }
        StoredFile stored = files.store(file, actor(), clock.instant());
        Evidence saved = TaskWork.evidence(evidence.saveAndFlush(new TaskEvidence(taskId, reportId, stored)));
        events.publishEvent(new EvidenceChanged(taskId));
        return saved;
    }

    /** A supporting agency's note on a task it helps with. */
    @Transactional
    public Contribution addContribution(long taskId, String note) {
        long agency = ownAgency();
        Task task = tasks.findById(taskId).filter(t -> t.getSupportAgencyIds().contains(agency))
                .orElseThrow(NotFoundException::new);
        new Checks().required("note", note).maxLength("note", note, 4000).throwIfAny();
        contributions.save(new TaskContribution(task.getId(), agency, actor(), note.strip(), clock.instant()));
        return work.contributions(taskId).getLast();
    }


    private TaskReport draftOf(long taskId, long reportId, long version) {
        TaskReport report = reports.findById(reportId).filter(r -> r.getTaskId() == taskId).orElseThrow(NotFoundException::new);
        if (report.isSubmitted()) {
            throw new ValidationException(null, "task.report.alreadySubmitted");
        }
        if (report.getVersion() != version) {
            throw new ConcurrentEditException();
        }
        return report;
    }

    private Task readable(long taskId) {
        long agency = ownAgency();
        return tasks.findById(taskId)
                .filter(t -> !t.isDirective() && (Long.valueOf(agency).equals(t.getLeadAgencyId())
                        || t.getSupportAgencyIds().contains(agency)))
                .orElseThrow(NotFoundException::new);
    }

    private Task ledTask(long taskId) {
        long agency = ownAgency();
        return tasks.findById(taskId).filter(t -> !t.isDirective() && Long.valueOf(agency).equals(t.getLeadAgencyId()))
                .orElseThrow(NotFoundException::new);
    }

    private static void requireOpen(Task task) {
        if (task.getState() != TaskState.OPEN && task.getState() != TaskState.AWAITING_CONFIRMATION) {
            throw new ValidationException(null, "task.workflow.closed");
        }
    }

    private long ownAgency() {
        return currentUser.portalUser().map(PortalUser::agencyId).orElseThrow(NotFoundException::new);
    }

    private String actor() {
        return currentUser.username().orElseThrow();
    }

    private Map<Long, List<TaskSpan>> spansOf(List<Task> list) {
        if (list.isEmpty()) {
            return Map.of();
        }
        return spans.findByTaskIds(list.stream().map(Task::getId).toList()).stream().collect(Collectors.groupingBy(
                TaskSpanEntry::taskId, Collectors.mapping(TaskSpanEntry::toSpan, Collectors.toList())));
    }

    private AgencyTaskRow row(Task task, long agency, LocalDate today, Map<Long, List<TaskSpan>> spansByTask,
            Map<Long, AgencySummary> agencyById) {
        TaskStatus status = TaskStatusEngine.statusAsOf(spansByTask.getOrDefault(task.getId(), List.of()), today,
                DeadlineBasis.EXTENDED, settings.dueSoonDays()).status();
        AgencyTaskRow.Relation relation = Long.valueOf(agency).equals(task.getLeadAgencyId())
                ? AgencyTaskRow.Relation.LEAD : AgencyTaskRow.Relation.SUPPORT;
        AgencySummary lead = task.getLeadAgencyId() == null ? null : agencyById.get(task.getLeadAgencyId());
        return new AgencyTaskRow(task.getId(), task.getTitle(), task.getArea(), relation,
                lead == null ? null : lead.label(), task.getDeadline(), status, task.getSessionId(), task.getVersion());
    }

    private static int urgency(AgencyTaskRow row) {
        return switch (row.status()) {
            case OPEN_OVERDUE -> 0;
            case DUE_SOON -> 1;
            case AWAITING_CONFIRMATION -> 3;
            case DONE_ON_TIME, DONE_LATE, WITHDRAWN, REASSIGNED, SUSPENDED -> 4;
            default -> 2;
        };
    }

    private Map<Long, AgencySummary> agencyIndex() {
        return agencies.list(AgencyFilter.all()).stream().collect(Collectors.toMap(AgencySummary::id, Function.identity()));
    }


    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
