package vn.gov.cchc.portal.search.internal;

import vn.gov.cchc.portal.common.BeforeCommit;
import java.util.Collection;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.gov.cchc.portal.search.SearchKind;
import vn.gov.cchc.portal.security.SystemAuthentication;
import vn.gov.cchc.portal.task.EvidenceChanged;
import vn.gov.cchc.portal.task.EvidenceFile;
import vn.gov.cchc.portal.task.TaskActivity;
import vn.gov.cchc.portal.task.TaskEventType;
import vn.gov.cchc.portal.task.TaskTextService;

/**
 * Keeps a task's evidence files findable by their name and text: by the lead agency's users from the upload, and by
 * central readers once the file was sent with a report (as the task page shows them); a file removed is forgotten.
 */
@Component
class EvidenceIndexer {

    private final TaskTextService texts;
    private final DocumentIndexer documents;

    EvidenceIndexer(TaskTextService texts, DocumentIndexer documents) {
        this.texts = texts;
        this.documents = documents;
    }

    @EventListener
    void on(EvidenceChanged change) {
        BeforeCommit.gather(this, change.taskId(), this::index);
    }

    @EventListener
    void on(TaskActivity activity) {
        if (activity.type() == TaskEventType.PROGRESS_REPORTED || activity.type() == TaskEventType.COMPLETION_PROPOSED) {
            BeforeCommit.gather(this, activity.taskId(), this::index);
        }
    }

    void index(Collection<Long> taskIds) {
        SystemAuthentication.runAsSystem(() -> {
            for (long task : taskIds) {
                List<EvidenceFile> files = texts.evidence(task);
                documents.index(SearchKind.EVIDENCE, task, files.stream().map(EvidenceIndexer::document).toList(),
                        Readers.central(), texts::evidenceContent);
            }
        });
    }

    /** The evidence of every task, for a rebuild. */
    void indexAll() {
        index(SystemAuthentication.callAsSystem(texts::withEvidence));
    }

    private static DocumentIndexer.Document document(EvidenceFile file) {
        Readers readers = file.leadAgencyId() == null ? Readers.central()
                : file.sent() ? Readers.agencyAndCentral(file.leadAgencyId()) : Readers.agencyOnly(file.leadAgencyId());
        return new DocumentIndexer.Document(file.id(), file.fileName(), readers);
    }
}
