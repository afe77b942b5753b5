package vn.gov.cchc.portal.task;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.cchc.portal.agency.AgencyName;
import vn.gov.cchc.portal.agency.AgencyService;
import vn.gov.cchc.portal.agency.AgencySummary;
import vn.gov.cchc.portal.audit.AuditEntry;
import vn.gov.cchc.portal.audit.AuditLog;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.security.Access;
import vn.gov.cchc.portal.task.internal.AgencyIndex;
import vn.gov.cchc.portal.task.internal.Task;
import vn.gov.cchc.portal.task.internal.TaskEventEntry;
import vn.gov.cchc.portal.task.internal.TaskEventRepository;
import vn.gov.cchc.portal.task.internal.TaskReadAccess;

/**
 * What happened to a task: its events (assigned, reported, extended, confirmed…) for whoever may read it, and the
 * changes to its own fields for the central readers.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Access.CENTRAL_READERS)
public class TaskHistoryService {

    private final TaskReadAccess access;
    private final TaskEventRepository events;
    private final AgencyService agencies;
    private final AuditLog auditLog;

    TaskHistoryService(TaskReadAccess access, TaskEventRepository events, AgencyService agencies, AuditLog auditLog) {
        this.access = access;
        this.events = events;
        this.agencies = agencies;
        this.auditLog = auditLog;
    }

    /** The task's events, oldest first. */
    @PreAuthorize(Access.AUTHENTICATED)
    public List<TaskHistoryEntry> history(long taskId) {
        access.readable(taskId);
        Map<Long, AgencySummary> agencyById = agencies.byId();
        return events.findByTaskIdOrderByIdAsc(taskId).stream().map(e -> entry(e, agencyById)).toList();
    }

    /** Every change to the task's own fields (wording, deadline, lead agency, state): who, when, before and after. */
    public List<AuditEntry> changes(long taskId) {
        access.readable(taskId);
        Map<Long, AgencySummary> agencyById = agencies.byId();
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
        AgencyName lead = AgencyIndex.name(agencyById, task.getLeadAgencyId());
        fields.put("task.field.lead", lead == null ? null : lead.vi());
        fields.put("task.field.originalDeadline", Formats.date(task.getOriginalDeadline()));
        fields.put("task.field.deadline", Formats.date(task.getDeadline()));
        fields.put("task.field.product", task.getProduct());
        fields.put("task.field.priority", AuditEntry.key(task.getPriority().messageKey()));
        fields.put("task.field.planYear", String.valueOf(task.getPlanYear()));
        fields.put("task.field.state", AuditEntry.key("task.state." + task.getState().name()));
        return fields;
    }

    private static TaskHistoryEntry entry(TaskEventEntry e, Map<Long, AgencySummary> agencyById) {
        return new TaskHistoryEntry(e.getId(), e.getType(), e.getOccurredAt(), e.getActor(), e.getNote(),
                e.getNewDeadline(), e.getDocumentRef(), AgencyIndex.name(agencyById, e.getFromAgencyId()),
                AgencyIndex.name(agencyById, e.getToAgencyId()), e.getPercentDone());
    }
}
