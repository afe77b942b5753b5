package vn.gov.cchc.portal.search.internal;

import vn.gov.cchc.portal.common.BeforeCommit;
import java.util.Collection;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.gov.cchc.portal.search.SearchKind;
import vn.gov.cchc.portal.security.SystemAuthentication;
import vn.gov.cchc.portal.task.TaskActivity;
import vn.gov.cchc.portal.task.TaskEventType;
import vn.gov.cchc.portal.task.TaskRevised;
import vn.gov.cchc.portal.task.TaskText;
import vn.gov.cchc.portal.task.TaskTextService;

/**
 * Keeps tasks findable: a task assigned, given to another agency or with revised texts is indexed again just before
 * its transaction commits (a plan import of thousands of tasks is indexed in batches, once), so a task is findable
 * the moment it exists. A task is found by its title, description, document number and lead agency, by every user of
 * that agency and central readers; a directive (no lead agency) by central readers only.
 */
@Component
class TaskIndexer {

    private static final int BATCH = 500;

    private final TaskTextService texts;
    private final SearchEntries entries;

    TaskIndexer(TaskTextService texts, SearchEntries entries) {
        this.texts = texts;
        this.entries = entries;
    }

    @EventListener
    void on(TaskActivity activity) {
        if (activity.type() == TaskEventType.ASSIGNED || activity.type() == TaskEventType.REASSIGNED
                || activity.type() == TaskEventType.LEAD_TRANSFERRED) {
            later(activity.taskId());
        }
    }

    @EventListener
    void on(TaskRevised revised) {
        later(revised.taskId());
    }

    void index(Collection<Long> ids) {
        List<Long> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += BATCH) {
            List<Long> batch = all.subList(from, Math.min(all.size(), from + BATCH));
            entries.put(SystemAuthentication.callAsSystem(() -> texts.of(batch)).stream().map(TaskIndexer::entry).toList());
        }
    }

    static SearchEntry entry(TaskText task) {
        String body = (task.leadAgency() == null ? "" : task.leadAgency() + ". ") + (task.description() == null ? "" : task.description());
        return SearchEntry.of(SearchKind.TASK, task.id(), null,
                task.leadAgencyId() == null ? Readers.central() : Readers.agencyAndCentral(task.leadAgencyId()), task.title(),
                body.isBlank() ? null : body, task.docNumber() == null ? "" : task.docNumber());
    }

    private void later(long taskId) {
        BeforeCommit.gather(this, taskId, this::index);
    }
}
