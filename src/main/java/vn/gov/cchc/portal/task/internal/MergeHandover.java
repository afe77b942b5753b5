package vn.gov.cchc.portal.task.internal;

import java.time.Clock;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.gov.cchc.portal.agency.AgencyMerged;
import vn.gov.cchc.portal.security.CurrentUser;
import vn.gov.cchc.portal.security.SystemAuthentication;
import vn.gov.cchc.portal.task.TaskEventType;
import vn.gov.cchc.portal.task.TaskState;

/**
 * When a merge is recorded, the merged agency's unfinished tasks pass to the successor from the effective date,
 * in the same transaction as the merge. The history keeps who held each task when; figures for earlier dates
 * still count the original agency.
 */
@Component
class MergeHandover {

    private static final List<TaskState> UNFINISHED = List.of(TaskState.OPEN, TaskState.AWAITING_CONFIRMATION,
            TaskState.SUSPENDED);

    private final TaskRepository tasks;
    private final TaskLedger ledger;
    private final CurrentUser currentUser;
    private final Clock clock;

    MergeHandover(TaskRepository tasks, TaskLedger ledger, CurrentUser currentUser, Clock clock) {
        this.tasks = tasks;
        this.ledger = ledger;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @EventListener
    void on(AgencyMerged merge) {
        String actor = currentUser.username().orElse(SystemAuthentication.SYSTEM_USER);
        for (Task task : tasks.findHeldBy(merge.agencyId(), UNFINISHED)) {
            ledger.recordAt(task, TaskEventType.LEAD_TRANSFERRED, actor, new EventDetails(null, null, null,
                    merge.agencyId(), merge.successorId(), null, null), clock.instant(), merge.effectiveDate());
        }
    }
}
