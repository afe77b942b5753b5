package vn.gov.cchc.portal.task;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
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
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.common.ValidationException;
import vn.gov.cchc.portal.security.Access;
import vn.gov.cchc.portal.security.CurrentUser;
import vn.gov.cchc.portal.task.internal.TaskContent;
import vn.gov.cchc.portal.task.internal.TaskCreation;

/** Assigning tasks: only the secretariat (and administrators) may. */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Access.ADMIN_OR_SECRETARIAT)
public class TaskAssignmentService {

    private final TaskCreation creation;
    private final AgencyService agencies;
    private final CurrentUser currentUser;
    private final Clock clock;

    TaskAssignmentService(TaskCreation creation, AgencyService agencies, CurrentUser currentUser, Clock clock) {
        this.creation = creation;
        this.agencies = agencies;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Creates one task, or for several agencies a directive (parent) and one child per agency. Returns the id of
     * the task or of the parent.
     */
    @Transactional
    public long assign(TaskAssignment assignment) {
        TaskContent content = creation.content(assignment);
        List<AgencySummary> leads = resolveLeads(assignment);
        Map<Long, AgencySummary> active = activeOn(assignment);
        Set<Long> support = assignment.supportAgencyIds() == null ? Set.of() : new HashSet<>(assignment.supportAgencyIds());
        for (Long supportId : support) {
            if (!active.containsKey(supportId)) {
                throw new ValidationException("support", "task.validation.agencyInactive", String.valueOf(supportId));
            }
        }
        return creation.create(content, leads, support, currentUser.username().orElseThrow()).getId();
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
                .sorted(Comparator.comparing(AgencySummary::nameVi)).toList();
    }

    /** Today in Vietnam, the default assignment date of the form. */
    public LocalDate today() {
        return PortalTime.today(clock);
    }
}
