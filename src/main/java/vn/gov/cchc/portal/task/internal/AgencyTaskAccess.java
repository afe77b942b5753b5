package vn.gov.cchc.portal.task.internal;

import org.springframework.stereotype.Component;
import vn.gov.cchc.portal.common.NotFoundException;
import vn.gov.cchc.portal.common.ValidationException;
import vn.gov.cchc.portal.security.CurrentUser;
import vn.gov.cchc.portal.security.PortalUser;
import vn.gov.cchc.portal.task.TaskState;

/**
 * An agency user's reach over tasks: always the signed-in user's own agency. A task the agency neither leads nor
 * supports (or a directive) answers "not found", exactly like a task that does not exist.
 */
@Component
public class AgencyTaskAccess {

    private final TaskRepository tasks;
    private final CurrentUser currentUser;

    AgencyTaskAccess(TaskRepository tasks, CurrentUser currentUser) {
        this.tasks = tasks;
        this.currentUser = currentUser;
    }

    /** A task the agency leads or supports. */
    public Task readable(long taskId) {
        long agency = ownAgency();
        return tasks.findById(taskId)
                .filter(t -> !t.isDirective() && (Long.valueOf(agency).equals(t.getLeadAgencyId())
                        || t.getSupportAgencyIds().contains(agency)))
                .orElseThrow(NotFoundException::new);
    }

    /** A task the agency leads. */
    public Task led(long taskId) {
        long agency = ownAgency();
        return tasks.findById(taskId).filter(t -> !t.isDirective() && Long.valueOf(agency).equals(t.getLeadAgencyId()))
                .orElseThrow(NotFoundException::new);
    }

    /** A task the agency supports. */
    public Task supported(long taskId) {
        long agency = ownAgency();
        return tasks.findById(taskId).filter(t -> t.getSupportAgencyIds().contains(agency)).orElseThrow(NotFoundException::new);
    }

    /** Reports and files go only to a task still open (or awaiting the secretariat's confirmation). */
    public static void requireOpen(Task task) {
        if (task.getState() != TaskState.OPEN && task.getState() != TaskState.AWAITING_CONFIRMATION) {
            throw new ValidationException(null, "task.workflow.closed");
        }
    }

    public long ownAgency() {
        return currentUser.portalUser().map(PortalUser::agencyId).orElseThrow(NotFoundException::new);
    }

    public String actor() {
        return currentUser.username().orElseThrow();
    }
}
