package vn.gov.cchc.portal.task;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.cchc.portal.agency.AgencyService;
import vn.gov.cchc.portal.agency.AgencySummary;
import vn.gov.cchc.portal.security.Access;
import vn.gov.cchc.portal.task.internal.AgencyIndex;
import vn.gov.cchc.portal.task.internal.Task;
import vn.gov.cchc.portal.task.internal.TaskRepository;
import vn.gov.cchc.portal.task.internal.TaskSpanEntry;
import vn.gov.cchc.portal.task.internal.TaskSpanRepository;

/**
 * The tasks one directive or one conclusion paragraph gave (one per agency), for the central readers: each with its
 * status as of a date, and a directive's roll-up ("n of m done").
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Access.CENTRAL_READERS)
public class RelatedTasksService {

    private final TaskRepository tasks;
    private final TaskSpanRepository spans;
    private final AgencyService agencies;
    private final TaskSettings settings;

    RelatedTasksService(TaskRepository tasks, TaskSpanRepository spans, AgencyService agencies, TaskSettings settings) {
        this.tasks = tasks;
        this.spans = spans;
        this.agencies = agencies;
        this.settings = settings;
    }

    /** The tasks made from one conclusion paragraph (one per agency), with their status as of the date. */
    public List<TaskRow> byConclusion(long conclusionId, LocalDate asOf) {
        return rowsOf(tasks.findByConclusionIdAndDirectiveFalseOrderByIdAsc(conclusionId), asOf);
    }

    /** A directive's children with their status as of the date. */
    public List<TaskRow> children(long parentId, LocalDate asOf) {
        return rowsOf(tasks.findByParentIdOrderByIdAsc(parentId), asOf);
    }

    /** "n of m done, on time / late / overdue" for a directive, as of the date. */
    public Rollup rollup(long parentId, LocalDate asOf) {
        List<Task> children = tasks.findByParentIdOrderByIdAsc(parentId);
        Map<Long, List<TaskSpan>> spansByTask = spansOf(children);
        Counts counts = Counts.ZERO;
        for (Task child : children) {
            counts = counts.plus(TaskStatusEngine.statusAsOf(spansByTask.getOrDefault(child.getId(), List.of()), asOf,
                    DeadlineBasis.EXTENDED, settings.dueSoonDays()).bucket(), 1);
        }
        return new Rollup(children.size(), counts);
    }

    private List<TaskRow> rowsOf(List<Task> children, LocalDate asOf) {
        Map<Long, AgencySummary> agencyById = agencies.byId();
        Map<Long, List<TaskSpan>> spansByTask = spansOf(children);
        return children.stream().map(child -> new TaskRow(child.getId(), child.getParentId(), child.getTitle(), child.getArea(),
                child.getLeadAgencyId(), AgencyIndex.name(agencyById, child.getLeadAgencyId()), child.getAssignedOn(),
                child.getDeadline(), TaskStatusEngine.statusAsOf(spansByTask.getOrDefault(child.getId(), List.of()),
                        asOf, DeadlineBasis.EXTENDED, settings.dueSoonDays()).status(), child.getVersion())).toList();
    }

    private Map<Long, List<TaskSpan>> spansOf(List<Task> children) {
        return spans.findByTaskIds(children.stream().map(Task::getId).toList()).stream()
                .collect(Collectors.groupingBy(TaskSpanEntry::taskId, Collectors.mapping(TaskSpanEntry::toSpan, Collectors.toList())));
    }
}
