package vn.gov.cchc.portal.task.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.gov.cchc.portal.agency.AgencySummary;
import vn.gov.cchc.portal.common.Checks;
import vn.gov.cchc.portal.common.DocumentRef;
import vn.gov.cchc.portal.common.NotFoundException;
import vn.gov.cchc.portal.session.ConclusionService;
import vn.gov.cchc.portal.task.TaskAssignment;
import vn.gov.cchc.portal.task.TaskEventType;
import vn.gov.cchc.portal.task.TaskPriority;

/**
 * How a task comes to be, whether from the assignment form or a plan spreadsheet: the rules its content must meet,
 * and the task (or the directive and one task per lead agency) written with its history.
 */
@Component
public class TaskCreation {

    /** The columns' limits (V5). */
    public static final int TITLE_MAX = 500;
    public static final int DESCRIPTION_MAX = 4000;
    public static final int DOC_NUMBER_MAX = 64;
    public static final int DOC_SIGNER_MAX = 255;
    public static final int DOC_EXCERPT_MAX = 2000;
    public static final int PRODUCT_MAX = 1000;

    private final TaskRepository tasks;
    private final TaskLedger ledger;
    private final ConclusionService conclusions;

    TaskCreation(TaskRepository tasks, TaskLedger ledger, ConclusionService conclusions) {
        this.tasks = tasks;
        this.ledger = ledger;
        this.conclusions = conclusions;
    }

    /**
     * Every rule of an assignment's content at once (the leads are checked by the caller), as field errors named
     * after the assignment's fields.
     *
     * @throws vn.gov.cchc.portal.common.ValidationException with every broken rule
     */
    public TaskContent content(TaskAssignment a) {
        Checks checks = new Checks()
                .required("title", a.title()).maxLength("title", a.title(), TITLE_MAX)
                .maxLength("description", a.description(), DESCRIPTION_MAX)
                .required("area", a.area())
                .required("assignedOn", a.assignedOn())
                .maxLength("docNumber", a.docNumber(), DOC_NUMBER_MAX)
                .maxLength("docSigner", a.docSigner(), DOC_SIGNER_MAX)
                .maxLength("docExcerpt", a.docExcerpt(), DOC_EXCERPT_MAX)
                .maxLength("product", a.product(), PRODUCT_MAX);
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
        return new TaskContent(a.conclusionId(), sessionId,
                new DocumentRef(blankToNull(a.docNumber()), a.docDate(), blankToNull(a.docSigner())), blankToNull(a.docExcerpt()), a.title().strip(), blankToNull(a.description()),
                a.area(), a.assignedOn(), a.deadline(), blankToNull(a.product()),
                a.priority() == null ? TaskPriority.NORMAL : a.priority(), planYear);
    }

    /**
     * One task for one lead; for several, a directive (parent) and one task per lead, each with its ASSIGNED entry.
     * A lead is never its own supporting agency. Returns the task or the directive.
     */
    public Task create(TaskContent content, List<AgencySummary> leads, Set<Long> support, String actor) {
        if (leads.size() == 1) {
            return createOne(content, leads.getFirst().id(), without(support, leads.getFirst().id()), null, actor);
        }
        Task parent = tasks.save(new Task(content, null, support, null, true));
        ledger.recordFirst(parent, TaskEventType.ASSIGNED, actor, EventDetails.note(null));
        for (AgencySummary lead : leads) {
            createOne(content, lead.id(), without(support, lead.id()), parent.getId(), actor);
        }
        return parent;
    }

    private Task createOne(TaskContent content, long leadId, Set<Long> support, Long parentId, String actor) {
        Task task = tasks.save(new Task(content, leadId, support, parentId, false));
        ledger.recordFirst(task, TaskEventType.ASSIGNED, actor, new EventDetails(null, null, null, null, leadId, null, null));
        return task;
    }

    private static Set<Long> without(Set<Long> support, long leadId) {
        Set<Long> result = new HashSet<>(support);
        result.remove(leadId);
        return result;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
