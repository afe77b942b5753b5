package vn.gov.cchc.portal.task.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.gov.cchc.portal.agency.AgencyService;
import vn.gov.cchc.portal.agency.AgencySummary;
import vn.gov.cchc.portal.common.FileContent;
import vn.gov.cchc.portal.common.NotFoundException;
import vn.gov.cchc.portal.storage.FileStore;
import vn.gov.cchc.portal.storage.StoredFile;
import vn.gov.cchc.portal.task.Contribution;
import vn.gov.cchc.portal.task.Evidence;
import vn.gov.cchc.portal.task.ProgressReport;

/**
 * Reads a task's progress reports with their evidence, the one way both the secretariat's and the agency's pages
 * see them. Evidence uploaded before a draft existed belongs to the report the agency sends next.
 */
@Component
public class TaskWork {

    private final TaskReportRepository reports;
    private final TaskEvidenceRepository evidence;
    private final TaskContributionRepository contributions;
    private final AgencyService agencies;
    private final FileStore files;

    TaskWork(TaskReportRepository reports, TaskEvidenceRepository evidence, TaskContributionRepository contributions,
            AgencyService agencies, FileStore files) {
        this.files = files;
        this.reports = reports;
        this.evidence = evidence;
        this.contributions = contributions;
        this.agencies = agencies;
    }

    /** The supporting agencies' notes, oldest first. */
    public List<Contribution> contributions(long taskId) {
        Map<Long, AgencySummary> agencyById = agencies.byId();
        return contributions.findByTaskIdOrderByIdAsc(taskId).stream().map(c -> new Contribution(
                agencyById.get(c.getAgencyId()).label(), c.getAuthor(), c.getNote(), c.getCreatedAt())).toList();
    }

    /**
     * The reports, newest first, each with its evidence. With {@code withDrafts} false (everyone but the lead
     * agency), only sent reports and the evidence sent with them.
     */
    public List<ProgressReport> reports(long taskId, boolean withDrafts) {
        Map<Long, List<Evidence>> byReport = new HashMap<>();
        List<Evidence> unattached = new ArrayList<>();
        for (TaskEvidence file : evidence.findByTaskIdOrderByIdAsc(taskId)) {
            if (file.getReportId() == null) {
                unattached.add(evidence(file));
            } else {
                byReport.computeIfAbsent(file.getReportId(), id -> new ArrayList<>()).add(evidence(file));
            }
        }
        List<ProgressReport> result = new ArrayList<>();
        for (TaskReport report : reports.findByTaskIdOrderByIdDesc(taskId)) {
            if (report.isSubmitted() || withDrafts) {
                List<Evidence> files = new ArrayList<>(byReport.getOrDefault(report.getId(), List.of()));
                if (!report.isSubmitted()) {
                    files.addAll(unattached);
                    unattached = List.of();
                }
                result.add(report(report, files));
            }
        }
        return result;
    }

    /** Evidence not yet attached to a report (uploaded before the draft was saved): the lead agency's next report. */
    public List<Evidence> unattached(long taskId) {
        return evidence.findByTaskIdOrderByIdAsc(taskId).stream().filter(e -> e.getReportId() == null)
                .map(TaskWork::evidence).collect(Collectors.toList());
    }

    /** The task an evidence file belongs to (to check access before {@link #content}). */
    public long taskOf(long evidenceId) {
        return evidence.findById(evidenceId).orElseThrow(NotFoundException::new).getTaskId();
    }

    /**
     * An evidence file's content. Files not yet sent with a report are the lead agency's own: to anyone else
     * ({@code lead} false) they do not exist.
     */
    public FileContent content(long evidenceId, boolean lead) {
        TaskEvidence file = evidence.findById(evidenceId).orElseThrow(NotFoundException::new);
        boolean sent = file.getReportId() != null
                && reports.findById(file.getReportId()).map(TaskReport::isSubmitted).orElse(false);
        if (!sent && !lead) {
            throw new NotFoundException();
        }
        return files.content(file.getFile());
    }

    /** A report as the pages show it. */
    public static ProgressReport report(TaskReport r, List<Evidence> evidence) {
        return new ProgressReport(r.getId(), r.getAuthor(), r.getPercentDone(), r.getNarrative(), r.isSubmitted(),
                r.getUpdatedAt(), r.getSubmittedAt(), r.getVersion(), List.copyOf(evidence));
    }

    public static Evidence evidence(TaskEvidence e) {
        StoredFile file = e.getFile();
        return new Evidence(e.getId(), e.getReportId(), file.getFileName(), file.getKind(), file.getSize(),
                file.getUploadedBy(), file.getUploadedAt());
    }
}
