package vn.gov.cchc.portal.task;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.cchc.portal.agency.AgencyFilter;
import vn.gov.cchc.portal.agency.AgencyName;
import vn.gov.cchc.portal.agency.AgencyService;
import vn.gov.cchc.portal.agency.AgencySummary;
import vn.gov.cchc.portal.audit.AuditEntry;
import vn.gov.cchc.portal.audit.AuditLog;
import vn.gov.cchc.portal.common.FileContent;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.common.NotFoundException;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.security.Access;
import vn.gov.cchc.portal.security.CurrentUser;
import vn.gov.cchc.portal.security.PortalUser;
import vn.gov.cchc.portal.session.Conclusion;
import vn.gov.cchc.portal.session.ConclusionService;
import vn.gov.cchc.portal.session.SessionDetails;
import vn.gov.cchc.portal.session.SessionService;
import vn.gov.cchc.portal.task.internal.Task;
import vn.gov.cchc.portal.task.internal.TaskEventEntry;
import vn.gov.cchc.portal.task.internal.TaskEventRepository;
import vn.gov.cchc.portal.task.internal.TaskRepository;
import vn.gov.cchc.portal.task.internal.TaskSearch;
import vn.gov.cchc.portal.task.internal.TaskSpanEntry;
import vn.gov.cchc.portal.task.internal.TaskSpanRepository;
import vn.gov.cchc.portal.task.internal.TaskWork;

/**
 * Reading tasks. The grid is for the secretariat, administrators and committee members; a single task is
 * readable by them and by users of its lead or supporting agency — to anyone else it does not exist.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Access.CENTRAL_READERS)
public class TaskQueryService {

    /** The most rows one page returns. */
    private static final int PAGE_LIMIT = 500;

    private final TaskSearch search;
    private final TaskWork work;
    private final SessionService sessions;
    private final ConclusionService conclusions;
    private final TaskRepository tasks;
    private final TaskEventRepository events;
    private final TaskSpanRepository spans;
    private final AgencyService agencies;
    private final CurrentUser currentUser;
    private final TaskSettings settings;
    private final AuditLog auditLog;
    private final List<TaskSource> taskSources;
    private final Clock clock;

    TaskQueryService(TaskSearch search, TaskWork work, SessionService sessions, ConclusionService conclusions,
            TaskRepository tasks, TaskEventRepository events, TaskSpanRepository spans,
            AgencyService agencies, CurrentUser currentUser, TaskSettings settings, AuditLog auditLog, Clock clock,
            List<TaskSource> taskSources) {
        this.taskSources = taskSources;
        this.auditLog = auditLog;
        this.search = search;
        this.work = work;
        this.sessions = sessions;
        this.conclusions = conclusions;
        this.tasks = tasks;
        this.events = events;
        this.spans = spans;
        this.agencies = agencies;
        this.currentUser = currentUser;
        this.settings = settings;
        this.clock = clock;
    }

    /** One page of the grid in the filter's order. */
    public List<TaskRow> page(TaskFilter filter, int offset, int limit) {
        return search.page(filter, settings.dueSoonDays(), PortalTime.today(clock), offset, Math.min(limit, PAGE_LIMIT));
    }

    /**
     * Every row the filter selects, in its order, page by page, as a spreadsheet writes it (one read transaction, so
     * a long export sees one consistent state of the list).
     */
    public void forEachRow(TaskFilter filter, Consumer<TaskSheetRow> sink) {
        Map<Long, AgencySummary> agencyById = agencyIndex();
        for (int offset = 0; ; ) {
            List<TaskRow> rows = page(filter, offset, PAGE_LIMIT);
            if (rows.isEmpty()) {
                return;
            }
            sheetRows(rows, offset + 1, agencyById).forEach(sink);
            offset += rows.size();
        }
    }

    /**
     * As {@link #rowsFor} (the same scope: an agency user gets only its own agency's tasks), as a spreadsheet writes
     * them, numbered from {@code firstNumber}.
     */
    @PreAuthorize(Access.AUTHENTICATED)
    public List<TaskSheetRow> sheetRowsFor(List<Long> ids, LocalDate asOf, int firstNumber) {
        return sheetRows(rowsFor(ids, asOf), firstNumber, agencyIndex());
    }

    private List<TaskSheetRow> sheetRows(List<TaskRow> rows, int firstNumber, Map<Long, AgencySummary> agencyById) {
        Map<Long, TaskSearch.SheetDetails> details = search.sheetDetails(rows.stream().map(TaskRow::id).toList());
        List<TaskSheetRow> sheet = new ArrayList<>(rows.size());
        for (TaskRow row : rows) {
            TaskSearch.SheetDetails d = details.get(row.id());
            List<AgencyName> support = d.supportAgencyIds().stream().map(agencyById::get)
                    .filter(Objects::nonNull).map(AgencySummary::label).toList();
            sheet.add(new TaskSheetRow(firstNumber + sheet.size(), row, support, d.product(), d.docNumber(), d.docDate(),
                    d.docSigner(), d.note()));
        }
        return sheet;
    }

    /** The number of tasks the list holds (read from indexes, so every list is counted). */
    public long count(TaskFilter filter) {
        return search.count(filter, settings.dueSoonDays(), PortalTime.today(clock));
    }

    /** Where the task came from besides a session: the links other modules give (an inspection's requirement). */
    @PreAuthorize(Access.AUTHENTICATED)
    public List<TaskSourceLink> sources(long taskId) {
        readable(taskId);
        return taskSources.stream().map(source -> source.sourceOf(taskId)).flatMap(Optional::stream).toList();
    }

    @PreAuthorize(Access.AUTHENTICATED)
    public TaskDetails details(long taskId) {
        Task task = readable(taskId);
        Map<Long, AgencySummary> agencyById = agencyIndex();
        List<TaskSpan> taskSpans = spans.findByTaskIds(List.of(taskId)).stream().map(TaskSpanEntry::toSpan).toList();
        StatusAsOf today = task.isDirective() ? null : TaskStatusEngine.statusAsOf(taskSpans, PortalTime.today(clock),
                DeadlineBasis.EXTENDED, settings.dueSoonDays());
        return new TaskDetails(task.getId(), task.getParentId(), task.isDirective(), task.getConclusionId(),
                task.getSessionId(), task.getDocNumber(), task.getDocDate(), task.getDocSigner(), task.getDocExcerpt(),
                task.getTitle(), task.getDescription(), task.getArea(), task.getLeadAgencyId(),
                name(agencyById, task.getLeadAgencyId()),
                task.getSupportAgencyIds().stream().map(id -> name(agencyById, id))
                        .sorted(Comparator.comparing(AgencyName::vi)).toList(),
                task.getAssignedOn(), task.getOriginalDeadline(), task.getDeadline(), task.getProduct(),
                task.getPriority(), task.getPlanYear(), task.getState(), today, origin(task), task.getVersion());
    }

    /** The lead agency's sent progress reports with their evidence, newest first. */
    public List<ProgressReport> reports(long taskId) {
        readable(taskId);
        return work.reports(taskId, false);
    }

    /**
     * An evidence file, for whoever may read its task; files not yet sent with a report only for the lead agency.
     */
    @PreAuthorize(Access.AUTHENTICATED)
    public FileContent evidenceFile(long evidenceId) {
        Task task = readable(work.taskOf(evidenceId));
        Long agency = currentUser.portalUser().map(PortalUser::agencyId).orElse(null);
        return work.content(evidenceId, agency != null && agency.equals(task.getLeadAgencyId()));
    }

    /** The supporting agencies' notes. */
    public List<Contribution> contributions(long taskId) {
        readable(taskId);
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

    @PreAuthorize(Access.AUTHENTICATED)
    public List<TaskHistoryEntry> history(long taskId) {
        readable(taskId);
        Map<Long, AgencySummary> agencyById = agencyIndex();
        return events.findByTaskIdOrderByIdAsc(taskId).stream().map(e -> entry(e, agencyById)).toList();
    }

    /** Every change to the task's own fields (wording, deadline, lead agency, state): who, when, before and after. */
    public List<AuditEntry> changes(long taskId) {
        readable(taskId);
        Map<Long, AgencySummary> agencyById = agencyIndex();
        List<AuditEntry> entries = new ArrayList<>(auditLog.history(Task.class, "id", taskId, "audit.subject.task",
                Task::getId, Task::getTitle, task -> auditFields(task, agencyById)));
        Collections.reverse(entries);
        return entries;
    }

    private static Map<String, String> auditFields(Task task, Map<Long, AgencySummary> agencyById) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("task.field.title", task.getTitle());
        fields.put("task.field.description", task.getDescription());
        fields.put("task.field.area", AuditEntry.key(task.getArea().messageKey()));
        AgencyName lead = name(agencyById, task.getLeadAgencyId());
        fields.put("task.field.lead", lead == null ? null : lead.vi());
        fields.put("task.field.originalDeadline", Formats.date(task.getOriginalDeadline()));
        fields.put("task.field.deadline", Formats.date(task.getDeadline()));
        fields.put("task.field.product", task.getProduct());
        fields.put("task.field.priority", AuditEntry.key(task.getPriority().messageKey()));
        fields.put("task.field.planYear", String.valueOf(task.getPlanYear()));
        fields.put("task.field.state", AuditEntry.key("task.state." + task.getState().name()));
        return fields;
    }

    /**
     * Rows for the given ids (the first 500), with their status as of the date. Callers pass ids they were allowed
     * to count (the dashboard's drill-down checks the agency scope first).
     */
    @PreAuthorize(Access.AUTHENTICATED)
    public List<TaskRow> rowsFor(List<Long> ids, LocalDate asOf) {
        List<TaskRow> rows = search.rows(ids.size() > 500 ? ids.subList(0, 500) : ids, asOf, settings.dueSoonDays());
        if (isCentralReader()) {
            return rows;
        }
        Long own = currentUser.portalUser().map(PortalUser::agencyId).orElse(null);
        return rows.stream().filter(row -> own != null && own.equals(row.leadAgencyId())).toList();
    }

    /**
     * Tasks assigned by {@code asOf}, after the id {@code afterId} and upwards, with their status as of that day — for
     * readers that page through everything (the read API): the next page starts after the last id, so a task added
     * meanwhile comes on a later page and none is read twice or skipped. Central readers may name a lead agency;
     * agency users get their own agency's tasks, whatever they name.
     */
    @PreAuthorize(Access.AUTHENTICATED)
    public List<TaskRow> after(long afterId, Long leadAgencyId, LocalDate asOf, int limit) {
        Long scope = isCentralReader() ? leadAgencyId : currentUser.portalUser().map(PortalUser::agencyId).orElse(-1L);
        return search.rows(search.idsAfter(afterId, scope, asOf, Math.min(limit, PAGE_LIMIT)), asOf, settings.dueSoonDays());
    }

    /** The tasks made from one conclusion paragraph (one per agency), with their status as of the date. */
    public List<TaskRow> byConclusion(long conclusionId, LocalDate asOf) {
        return rowsOf(tasks.findByConclusionIdAndDirectiveFalseOrderByIdAsc(conclusionId), asOf);
    }

    /** A directive's children with their status as of the date. */
    public List<TaskRow> children(long parentId, LocalDate asOf) {
        return rowsOf(tasks.findByParentIdOrderByIdAsc(parentId), asOf);
    }

    private List<TaskRow> rowsOf(List<Task> children, LocalDate asOf) {
        Map<Long, AgencySummary> agencyById = agencyIndex();
        Map<Long, List<TaskSpan>> spansByTask = spans.findByTaskIds(children.stream().map(Task::getId).toList()).stream()
                .collect(Collectors.groupingBy(TaskSpanEntry::taskId, Collectors.mapping(TaskSpanEntry::toSpan, Collectors.toList())));
        return children.stream().map(child -> new TaskRow(child.getId(), child.getParentId(), child.getTitle(), child.getArea(),
                child.getLeadAgencyId(), name(agencyById, child.getLeadAgencyId()), child.getAssignedOn(),
                child.getDeadline(), TaskStatusEngine.statusAsOf(spansByTask.getOrDefault(child.getId(), List.of()),
                        asOf, DeadlineBasis.EXTENDED, settings.dueSoonDays()).status(), child.getVersion())).toList();
    }

    /** "n of m done, on time / late / overdue" for a directive, as of the date. */
    public Rollup rollup(long parentId, LocalDate asOf) {
        List<Task> children = tasks.findByParentIdOrderByIdAsc(parentId);
        Map<Long, List<TaskSpan>> spansByTask = spans.findByTaskIds(children.stream().map(Task::getId).toList()).stream()
                .collect(Collectors.groupingBy(TaskSpanEntry::taskId, Collectors.mapping(TaskSpanEntry::toSpan, Collectors.toList())));
        Counts counts = Counts.ZERO;
        for (Task child : children) {
            counts = counts.plus(TaskStatusEngine.statusAsOf(spansByTask.getOrDefault(child.getId(), List.of()), asOf,
                    DeadlineBasis.EXTENDED, settings.dueSoonDays()).bucket(), 1);
        }
        return new Rollup(children.size(), counts);
    }

    /** Central readers see every task; agency users only those their agency leads or supports. */
    private Task readable(long taskId) {
        Task task = tasks.findById(taskId).orElseThrow(NotFoundException::new);
        if (isCentralReader()) {
            return task;
        }
        Long agencyId = currentUser.portalUser().map(PortalUser::agencyId).orElse(null);
        if (agencyId != null && !task.isDirective()
                && (agencyId.equals(task.getLeadAgencyId()) || task.getSupportAgencyIds().contains(agencyId))) {
            return task;
        }
        throw new NotFoundException();
    }

    private boolean isCentralReader() {
        return currentUser.isCentralReader();
    }

    private Map<Long, AgencySummary> agencyIndex() {
        return agencies.list(AgencyFilter.all()).stream().collect(Collectors.toMap(AgencySummary::id, Function.identity()));
    }

    private static AgencyName name(Map<Long, AgencySummary> agencyById, Long id) {
        AgencySummary agency = id == null ? null : agencyById.get(id);
        return agency == null ? null : agency.label();
    }

    private static TaskHistoryEntry entry(TaskEventEntry e, Map<Long, AgencySummary> agencyById) {
        return new TaskHistoryEntry(e.getId(), e.getType(), e.getOccurredAt(), e.getActor(), e.getNote(),
                e.getNewDeadline(), e.getDocumentRef(), name(agencyById, e.getFromAgencyId()),
                name(agencyById, e.getToAgencyId()), e.getPercentDone());
    }
}
