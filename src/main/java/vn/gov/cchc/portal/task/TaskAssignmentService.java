package vn.gov.cchc.portal.task;

import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.cchc.portal.agency.AgencyFilter;
import vn.gov.cchc.portal.agency.AgencyGroup;
import vn.gov.cchc.portal.agency.AgencyService;
import vn.gov.cchc.portal.agency.AgencySummary;
import vn.gov.cchc.portal.common.Checks;
import vn.gov.cchc.portal.common.NotFoundException;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.common.ValidationException;
import vn.gov.cchc.portal.security.Access;
import vn.gov.cchc.portal.security.CurrentUser;
import vn.gov.cchc.portal.session.ConclusionService;
import vn.gov.cchc.portal.task.internal.EventDetails;
import vn.gov.cchc.portal.task.internal.Task;
import vn.gov.cchc.portal.task.internal.TaskContent;
import vn.gov.cchc.portal.task.internal.TaskLedger;
import vn.gov.cchc.portal.task.internal.TaskRepository;

/** Assigning tasks: only the secretariat (and administrators) may. */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Access.ADMIN_OR_SECRETARIAT)
public class TaskAssignmentService {

    private final TaskRepository tasks;
    private final TaskLedger ledger;
    private final AgencyService agencies;
    private final ConclusionService conclusions;
    private final CurrentUser currentUser;
    private final Clock clock;

    TaskAssignmentService(TaskRepository tasks, TaskLedger ledger, AgencyService agencies,
            ConclusionService conclusions, CurrentUser currentUser, Clock clock) {
        this.tasks = tasks;
        this.ledger = ledger;
        this.agencies = agencies;
        this.conclusions = conclusions;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Creates one task, or for several agencies a directive (parent) and one child per agency. Returns the id of
     * the task or of the parent.
     */
    @Transactional
    public long assign(TaskAssignment assignment) {
        TaskContent content = validatedContent(assignment);
        List<AgencySummary> leads = resolveLeads(assignment);
        Map<Long, AgencySummary> active = activeOn(assignment);
        Set<Long> support = assignment.supportAgencyIds() == null ? Set.of() : new HashSet<>(assignment.supportAgencyIds());
        for (Long supportId : support) {
            if (!active.containsKey(supportId)) {
                throw new ValidationException("support", "task.validation.agencyInactive", String.valueOf(supportId));
            }
        }
        String actor = currentUser.username().orElseThrow();
        if (leads.size() == 1) {
            return create(content, leads.getFirst().id(), without(support, leads.getFirst().id()), null, actor).getId();
        }
        Task parent = tasks.save(new Task(content, null, support, null, true));
        ledger.record(parent, TaskEventType.ASSIGNED, actor, EventDetails.note(null));
        for (AgencySummary lead : leads) {
            create(content, lead.id(), without(support, lead.id()), parent.getId(), actor);
        }
        return parent.getId();
    }

    private Task create(TaskContent content, long leadId, Set<Long> support, Long parentId, String actor) {
        Task task = tasks.save(new Task(content, leadId, support, parentId, false));
        ledger.record(task, TaskEventType.ASSIGNED, actor, new EventDetails(null, null, null, null, leadId, null, null));
        return task;
    }

    /** Every rule of the assignment form at once; the limits are the columns' (V5). */
    private TaskContent validatedContent(TaskAssignment a) {
        Checks checks = new Checks()
                .required("title", a.title()).maxLength("title", a.title(), 500)
                .maxLength("description", a.description(), 4000)
                .required("area", a.area())
                .required("assignedOn", a.assignedOn())
                .maxLength("docNumber", a.docNumber(), 64)
                .maxLength("docSigner", a.docSigner(), 255)
                .maxLength("docExcerpt", a.docExcerpt(), 2000)
                .maxLength("product", a.product(), 1000);
        checks.check(a.deadline() == null || a.assignedOn() == null || !a.deadline().isBefore(a.assignedOn()),
                "deadline", "task.validation.deadlineBeforeAssignment");
        Long sessionId = null;
        if (a.conclusionId() != null) {
            try {
                sessionId = conclusions.get(a.conclusionId()).sessionId();
            } catch (NotFoundException e) {
                checks.check(false, "source", "task.validation.sourceRequired");
            }
        } else {
            checks.check(a.docNumber() != null && !a.docNumber().isBlank(), "docNumber", "task.validation.sourceRequired");
        }
        checks.check(a.leads() != null && a.leads().kind() != null, "leads", "task.validation.leadRequired");
        checks.throwIfAny();
        int planYear = a.planYear() != null ? a.planYear()
                : (a.deadline() != null ? a.deadline().getYear() : a.assignedOn().getYear());
        return new TaskContent(a.conclusionId(), sessionId, blankToNull(a.docNumber()), a.docDate(),
                blankToNull(a.docSigner()), blankToNull(a.docExcerpt()), a.title().strip(), blankToNull(a.description()),
                a.area(), a.assignedOn(), a.deadline(), blankToNull(a.product()),
                a.priority() == null ? TaskPriority.NORMAL : a.priority(), planYear);
    }

    private List<AgencySummary> resolveLeads(TaskAssignment a) {
        AgencySelection selection = a.leads();
        if (selection == null || selection.kind() == null) {
            throw new ValidationException("leads", "task.validation.leadRequired");
        }
        Map<Long, AgencySummary> active = activeOn(a);
        return switch (selection.kind()) {
            case ALL_MINISTRIES -> group(active, AgencyGroup.MINISTRIES);
            case ALL_PROVINCES -> group(active, AgencyGroup.PROVINCES);
            case SINGLE, SELECTED -> {
                Set<Long> ids = selection.agencyIds() == null ? Set.of() : new LinkedHashSet<>(selection.agencyIds());
                if (ids.isEmpty()) {
                    throw new ValidationException("leads", "task.validation.leadRequired");
                }
                if (selection.kind() == AgencySelection.Kind.SINGLE && ids.size() != 1) {
                    throw new ValidationException("leads", "task.validation.exactlyOneLead");
                }
                yield ids.stream().map(id -> requireActive(active, id)).toList();
            }
        };
    }

    private AgencySummary requireActive(Map<Long, AgencySummary> active, long id) {
        AgencySummary agency = active.get(id);
        if (agency == null) {
            String name = agencies.list(AgencyFilter.all()).stream().filter(candidate -> candidate.id() == id)
                    .map(AgencySummary::nameVi).findFirst().orElse("#" + id);
            throw new ValidationException("leads", "task.validation.agencyInactive", name);
        }
        return agency;
    }

    private Map<Long, AgencySummary> activeOn(TaskAssignment a) {
        return agencies.list(AgencyFilter.activeOn(a.assignedOn(), null)).stream()
                .collect(Collectors.toMap(AgencySummary::id, Function.identity()));
    }

    private static List<AgencySummary> group(Map<Long, AgencySummary> active, AgencyGroup group) {
        return active.values().stream().filter(agency -> agency.group() == group)
                .sorted(java.util.Comparator.comparing(AgencySummary::nameVi)).toList();
    }

    private static Set<Long> without(Set<Long> support, long leadId) {
        Set<Long> result = new HashSet<>(support);
        result.remove(leadId);
        return result;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Today in Vietnam, the default assignment date of the form. */
    public java.time.LocalDate today() {
        return PortalTime.today(clock);
    }
}
