package vn.gov.cchc.portal.task.internal;

import org.springframework.stereotype.Component;
import vn.gov.cchc.portal.common.NotFoundException;
import vn.gov.cchc.portal.security.CurrentUser;
import vn.gov.cchc.portal.security.PortalUser;

/**
 * Who may read a task: central readers every task; agency users only the tasks their agency leads or supports (not
 * the directives above them). To anyone else the task does not exist ("not found" reveals nothing).
 */
@Component
public class TaskReadAccess {

    private final TaskRepository tasks;
    private final CurrentUser currentUser;

    TaskReadAccess(TaskRepository tasks, CurrentUser currentUser) {
        this.tasks = tasks;
        this.currentUser = currentUser;
    }

    /** The task, if the current user may read it. */
    public Task readable(long taskId) {
        Task task = tasks.findById(taskId).orElseThrow(NotFoundException::new);
        if (currentUser.isCentralReader()) {
            return task;
        }
        Long agencyId = ownAgency();
        if (agencyId != null && !task.isDirective()
                && (agencyId.equals(task.getLeadAgencyId()) || task.getSupportAgencyIds().contains(agencyId))) {
            return task;
        }
        throw new NotFoundException();
    }

    public boolean centralReader() {
        return currentUser.isCentralReader();
    }

    /** The current user's agency, or none (central roles). */
    public Long ownAgency() {
        return currentUser.portalUser().map(PortalUser::agencyId).orElse(null);
    }
}
