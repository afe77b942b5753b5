package vn.gov.cchc.portal.task;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.cchc.portal.agency.AgencyFilter;
import vn.gov.cchc.portal.agency.AgencyService;
import vn.gov.cchc.portal.common.ConcurrentEditException;
import vn.gov.cchc.portal.common.NotFoundException;
import vn.gov.cchc.portal.common.PortalException;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.common.ValidationException;
import vn.gov.cchc.portal.security.Access;
import vn.gov.cchc.portal.security.CurrentUser;
import vn.gov.cchc.portal.security.PortalUser;
import vn.gov.cchc.portal.task.internal.EventDetails;
import vn.gov.cchc.portal.task.internal.Task;
import vn.gov.cchc.portal.task.internal.TaskContent;
import vn.gov.cchc.portal.task.internal.TaskEventEntry;
import vn.gov.cchc.portal.task.internal.TaskEventRepository;
import vn.gov.cchc.portal.task.internal.TaskLedger;
import vn.gov.cchc.portal.task.internal.TaskRepository;

/**
 * What happens to a task after it is assigned. The lead agency reports progress, and its leader proposes
 * completion and asks for more time; the secretariat confirms or returns, approves or refuses, suspends,
 * withdraws, reassigns and reminds. Each call checks the version the user saw, so a concurrent action gets a
 * clear conflict instead of acting on a state the user never saw.
 */
@Service
@Transactional
@PreAuthorize(Access.ADMIN_OR_SECRETARIAT)
public class TaskWorkflowService {


    private final TaskRepository tasks;
    private final TaskEventRepository events;
    private final TaskLedger ledger;
    private final AgencyService agencies;
    private final CurrentUser currentUser;
    private final Clock clock;

    TaskWorkflowService(TaskRepository tasks, TaskEventRepository events, TaskLedger ledger, AgencyService agencies,
            CurrentUser currentUser, Clock clock) {
        this.tasks = tasks;
        this.events = events;
        this.ledger = ledger;
        this.agencies = agencies;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    // --- the lead agency -------------------------------------------------------------------------------------

    @PreAuthorize(Access.AGENCY_LEADERS)
    public void proposeCompletion(long taskId, long version, String product) {
        Task task = ownTask(taskId, version);
        if (task.getState() != TaskState.OPEN) {
            throw new ValidationException(null, "task.workflow.notOpen");
        }
        requireText(product, "product", "task.validation.productRequired");
        ledger.record(task, TaskEventType.COMPLETION_PROPOSED, actor(),
                new EventDetails(null, null, product.strip(), null, null, 100, null));
    }

    @PreAuthorize(Access.AGENCY_LEADERS)
    public void requestExtension(long taskId, long version, LocalDate newDeadline, String reason) {
        Task task = ownTask(taskId, version);
        requireNotFinal(task);
        if (newDeadline == null) {
            throw new ValidationException("newDeadline", "validation.required");
        }
        if (task.getDeadline() != null && !newDeadline.isAfter(task.getDeadline())) {
            throw new ValidationException("newDeadline", "task.validation.extensionNotLater");
        }
        requireText(reason, "reason", "validation.reasonRequired");
        if (pendingExtension(task) != null) {
            throw new ValidationException(null, "task.workflow.extensionPending");
        }
        ledger.record(task, TaskEventType.EXTENSION_REQUESTED, actor(),
                new EventDetails(reason.strip(), newDeadline, null, null, null, null, null));
    }

    // --- the secretariat -------------------------------------------------------------------------------------

    public void confirmCompletion(long taskId, long version, String note) {
        Task task = task(taskId, version);
        if (task.getState() != TaskState.AWAITING_CONFIRMATION) {
            throw new ValidationException(null, "task.workflow.nothingProposed");
        }
        ledger.record(task, TaskEventType.COMPLETION_CONFIRMED, actor(), EventDetails.note(blankToNull(note)));
    }

    public void returnCompletion(long taskId, long version, String reason) {
        Task task = task(taskId, version);
        if (task.getState() != TaskState.AWAITING_CONFIRMATION) {
            throw new ValidationException(null, "task.workflow.nothingProposed");
        }
        requireText(reason, "reason", "validation.reasonRequired");
        ledger.record(task, TaskEventType.COMPLETION_RETURNED, actor(), EventDetails.note(reason.strip()));
    }

    /** Approves the pending request with the document that approves it; the deadline moves from today on. */
    public void approveExtension(long taskId, long version, String approvingDocument) {
        Task task = task(taskId, version);
        TaskEventEntry request = pendingExtension(task);
        if (request == null) {
            throw new ValidationException(null, "task.workflow.noExtensionRequest");
        }
        requireText(approvingDocument, "document", "task.validation.approvingDocumentRequired");
        ledger.record(task, TaskEventType.EXTENSION_APPROVED, actor(),
                new EventDetails(null, request.getNewDeadline(), approvingDocument.strip(), null, null, null, request.getId()));
    }

    public void refuseExtension(long taskId, long version, String reason) {
        Task task = task(taskId, version);
        TaskEventEntry request = pendingExtension(task);
        if (request == null) {
            throw new ValidationException(null, "task.workflow.noExtensionRequest");
        }
        requireText(reason, "reason", "validation.reasonRequired");
        ledger.record(task, TaskEventType.EXTENSION_REFUSED, actor(),
                new EventDetails(reason.strip(), null, null, null, null, null, request.getId()));
    }

    public void suspend(long taskId, long version, String reason) {
        Task task = task(taskId, version);
        if (task.getState() != TaskState.OPEN) {
            throw new ValidationException(null, "task.workflow.notOpen");
        }
        requireText(reason, "reason", "validation.reasonRequired");
        ledger.record(task, TaskEventType.SUSPENDED, actor(), EventDetails.note(reason.strip()));
    }

    public void resume(long taskId, long version, String note) {
        Task task = task(taskId, version);
        if (task.getState() != TaskState.SUSPENDED) {
            throw new ValidationException(null, "task.workflow.notSuspended");
        }
        ledger.record(task, TaskEventType.RESUMED, actor(), EventDetails.note(blankToNull(note)));
    }

    public void withdraw(long taskId, long version, String reason) {
        Task task = task(taskId, version);
        requireNotFinal(task);
        requireText(reason, "reason", "validation.reasonRequired");
        ledger.record(task, TaskEventType.WITHDRAWN, actor(), EventDetails.note(reason.strip()));
    }

    /**
     * Gives the task to another agency: this task ends as "reassigned" and a new one, with the same source,
     * wording and deadline, starts for the new lead agency today. Returns the new task's id.
     */
    public long reassign(long taskId, long version, long newLeadAgencyId, String reason) {
        Task task = task(taskId, version);
        requireNotFinal(task);
        requireText(reason, "reason", "validation.reasonRequired");
        LocalDate today = PortalTime.today(clock);
        boolean active = agencies.list(AgencyFilter.activeOn(today, null)).stream().anyMatch(a -> a.id() == newLeadAgencyId);
        if (!active || task.getLeadAgencyId() == newLeadAgencyId) {
            throw new ValidationException("agency", "task.validation.reassignTarget");
        }
        LocalDate deadline = task.getDeadline() != null && task.getDeadline().isBefore(today) ? today : task.getDeadline();
        Task successor = tasks.save(new Task(new TaskContent(task.getConclusionId(), task.getSessionId(),
                task.getDocument(), task.getDocExcerpt(), task.getTitle(),
                task.getDescription(), task.getArea(), today, deadline, task.getProduct(), task.getPriority(),
                task.getPlanYear(), task.getPlanId()), newLeadAgencyId, task.getSupportAgencyIds(), task.getParentId(), false));
        ledger.record(successor, TaskEventType.ASSIGNED, actor(),
                new EventDetails(reason.strip(), null, null, task.getLeadAgencyId(), newLeadAgencyId, null, task.getId()));
        ledger.record(task, TaskEventType.REASSIGNED, actor(), new EventDetails(reason.strip(), null, null,
                task.getLeadAgencyId(), newLeadAgencyId, null, successor.getId()));
        return successor.getId();
    }

    public void remind(long taskId, String note) {
        Task task = tasks.findById(taskId).orElseThrow(NotFoundException::new);
        requireNotFinal(task);
        ledger.record(task, TaskEventType.REMINDER_SENT, actor(), EventDetails.note(blankToNull(note)));
    }

    /** Applies one action to each selected task; each succeeds or fails on its own. Failures map id to i18n key. */
    public Map<Long, String> bulk(List<TaskRow> selection, BulkAction action, String text) {
        Map<Long, String> failures = new LinkedHashMap<>();
        for (TaskRow row : selection) {
            try {
                switch (action) {
                    case CONFIRM -> confirmCompletion(row.id(), row.version(), text);
                    case REMIND -> remind(row.id(), text);
                    case WITHDRAW -> withdraw(row.id(), row.version(), text);
                }
            } catch (PortalException e) {
                failures.put(row.id(), e.messageKey());
            }
        }
        return failures;
    }

    public enum BulkAction {
        CONFIRM,
        REMIND,
        WITHDRAW
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    private TaskEventEntry pendingExtension(Task task) {
        TaskEventEntry pending = null;
        for (TaskEventEntry entry : events.findByTaskIdOrderByIdAsc(task.getId())) {
            switch (entry.getType()) {
                case EXTENSION_REQUESTED -> pending = entry;
                case EXTENSION_APPROVED, EXTENSION_REFUSED -> pending = null;
                default -> { }
            }
        }
        return pending;
    }

    private Task task(long id, long version) {
        Task task = tasks.findById(id).filter(t -> !t.isDirective()).orElseThrow(NotFoundException::new);
        if (task.getVersion() != version) {
            throw new ConcurrentEditException();
        }
        return task;
    }

    /** A task the signed-in agency user's agency leads; any other looks as if it did not exist. */
    private Task ownTask(long id) {
        PortalUser user = currentUser.portalUser().orElseThrow(NotFoundException::new);
        return tasks.findById(id)
                .filter(t -> !t.isDirective() && user.agencyId() != null && user.agencyId().equals(t.getLeadAgencyId()))
                .orElseThrow(NotFoundException::new);
    }

    private Task ownTask(long id, long version) {
        Task task = ownTask(id);
        if (task.getVersion() != version) {
            throw new ConcurrentEditException();
        }
        return task;
    }

    private static void requireNotFinal(Task task) {
        if (task.getState() == TaskState.DONE || task.getState() == TaskState.WITHDRAWN
                || task.getState() == TaskState.REASSIGNED) {
            throw new ValidationException(null, "task.workflow.closed");
        }
    }

    private static void requireText(String value, String field, String key) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(field, key);
        }
    }

    private String actor() {
        return currentUser.username().orElseThrow();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

}
