package vn.gov.cchc.portal.task;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.cchc.portal.common.Checks;
import vn.gov.cchc.portal.common.ConcurrentEditException;
import vn.gov.cchc.portal.common.NotFoundException;
import vn.gov.cchc.portal.common.ValidationException;
import vn.gov.cchc.portal.security.Access;
import vn.gov.cchc.portal.storage.FileStore;
import vn.gov.cchc.portal.storage.IncomingFile;
import vn.gov.cchc.portal.storage.StoredFile;
import vn.gov.cchc.portal.task.internal.AgencyTaskAccess;
import vn.gov.cchc.portal.task.internal.EventDetails;
import vn.gov.cchc.portal.task.internal.Task;
import vn.gov.cchc.portal.task.internal.TaskEvidence;
import vn.gov.cchc.portal.task.internal.TaskEvidenceRepository;
import vn.gov.cchc.portal.task.internal.TaskLedger;
import vn.gov.cchc.portal.task.internal.TaskReport;
import vn.gov.cchc.portal.task.internal.TaskReportRepository;
import vn.gov.cchc.portal.task.internal.TaskWork;

/**
 * An agency's progress reports on the tasks it leads: a draft with its evidence files, sent to the secretariat as an
 * entry of the task's history. Reports are read by the agencies that lead or support the task; another agency's task
 * answers "not found".
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Access.AGENCY_USERS)
public class ProgressReportService {

    private final AgencyTaskAccess access;
    private final TaskReportRepository reports;
    private final TaskEvidenceRepository evidence;
    private final TaskLedger ledger;
    private final TaskWork work;
    private final FileStore files;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProgressReportService(AgencyTaskAccess access, TaskReportRepository reports, TaskEvidenceRepository evidence,
            TaskLedger ledger, TaskWork work, FileStore files, ApplicationEventPublisher events, Clock clock) {
        this.access = access;
        this.reports = reports;
        this.evidence = evidence;
        this.ledger = ledger;
        this.work = work;
        this.files = files;
        this.events = events;
        this.clock = clock;
    }

    /** The reports, newest first, with their evidence; the lead agency also sees its draft, others only sent ones. */
    public List<ProgressReport> reports(long taskId) {
        Task task = access.readable(taskId);
        return work.reports(taskId, Long.valueOf(access.ownAgency()).equals(task.getLeadAgencyId()));
    }

    /** The evidence that goes with the next report (the draft's, and files uploaded before it was saved). */
    public List<Evidence> pendingEvidence(long taskId) {
        access.led(taskId);
        List<Evidence> pending = new ArrayList<>(work.unattached(taskId));
        work.reports(taskId, true).stream().filter(r -> !r.submitted()).findFirst()
                .ifPresent(draft -> pending.addAll(0, draft.evidence().stream().filter(e -> e.reportId() != null).toList()));
        return pending;
    }

    /** Removes an evidence file of the agency's own task, as long as the report it belongs to has not been sent. */
    @Transactional
    public void removeEvidence(long evidenceId) {
        TaskEvidence file = evidence.findById(evidenceId).orElseThrow(NotFoundException::new);
        Task task = access.led(file.getTaskId());
        AgencyTaskAccess.requireOpen(task);
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
        Task task = access.led(taskId);
        AgencyTaskAccess.requireOpen(task);
        new Checks().check(percentDone >= 0 && percentDone <= 100, "percent", "task.validation.percent")
                .maxLength("narrative", narrative, 4000).throwIfAny();
        TaskReport report = reportId == null
                ? new TaskReport(taskId, task.getLeadAgencyId(), access.actor(), clock.instant())
                : draftOf(taskId, reportId, reportVersion);
        report.write(percentDone, blankToNull(narrative), access.actor(), clock.instant());
        return TaskWork.report(reports.saveAndFlush(report), List.of());
    }

    /** Submits a draft: it becomes an entry of the task's history and can no longer be changed. */
    @Transactional
    public ProgressReport submit(long taskId, long reportId, long reportVersion) {
        Task task = access.led(taskId);
        AgencyTaskAccess.requireOpen(task);
        TaskReport report = draftOf(taskId, reportId, reportVersion);
        report.submit(clock.instant());
        evidence.findByTaskIdOrderByIdAsc(taskId).forEach(file -> file.attachTo(report.getId()));
        reports.flush();
        ledger.record(task, TaskEventType.PROGRESS_REPORTED, access.actor(), new EventDetails(report.getNarrative(), null,
                null, null, null, report.getPercentDone(), null));
        return TaskWork.report(report, List.of());
    }

    /** Adds an evidence file (type checked by content, size limited); a refused file leaves nothing behind. */
    @Transactional
    public Evidence uploadEvidence(long taskId, Long reportId, IncomingFile file) {
        Task task = access.led(taskId);
        AgencyTaskAccess.requireOpen(task);
        if (reportId != null) {
            reports.findById(reportId).filter(r -> r.getTaskId() == taskId).orElseThrow(NotFoundException::new);
        }
        StoredFile stored = files.store(file, access.actor(), clock.instant());
        Evidence saved = TaskWork.evidence(evidence.saveAndFlush(new TaskEvidence(taskId, reportId, stored)));
        events.publishEvent(new EvidenceChanged(taskId));
        return saved;
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

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
