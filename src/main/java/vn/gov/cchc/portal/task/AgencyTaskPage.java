package vn.gov.cchc.portal.task;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything an agency's page of one task shows, read together ({@link AgencyTaskPageService}).
 *
 * @param notices         what other modules say of the task today, in the reader's language
 * @param reports         newest first; the lead agency's own draft among them
 * @param pendingEvidence the files that go with the lead agency's next report; empty for a supporting agency and
 *                        for a task that is no longer open
 */
public record AgencyTaskPage(TaskDetails task, List<TaskSourceLink> sources, List<String> notices,
        List<ProgressReport> reports, List<Contribution> contributions, List<TaskHistoryEntry> history,
        List<Evidence> pendingEvidence) {

    /** Whether the reader's agency leads the task and may still report on it. */
    public boolean reporting(@Nullable Long ownAgency) {
        return ownAgency != null && ownAgency.equals(task.leadAgencyId())
                && (task.state() == TaskState.OPEN || task.state() == TaskState.AWAITING_CONFIRMATION);
    }
}
