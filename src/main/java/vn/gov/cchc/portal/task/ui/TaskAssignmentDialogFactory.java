package vn.gov.cchc.portal.task.ui;

import java.util.function.LongConsumer;
import org.springframework.stereotype.Component;
import vn.gov.cchc.portal.agency.AgencyService;
import vn.gov.cchc.portal.session.ConclusionService;
import vn.gov.cchc.portal.task.TaskAssignmentService;

/** Builds the "assign a task" dialog, blank or pre-filled from a session's conclusion paragraph. */
@Component
class TaskAssignmentDialogFactory {

    private final TaskAssignmentService assignments;
    private final AgencyService agencies;
    private final ConclusionService conclusions;

    TaskAssignmentDialogFactory(TaskAssignmentService assignments, AgencyService agencies, ConclusionService conclusions) {
        this.assignments = assignments;
        this.agencies = agencies;
        this.conclusions = conclusions;
    }

    AssignTaskDialog blank(LongConsumer onAssigned) {
        return new AssignTaskDialog(assignments, agencies, null, onAssigned);
    }

    AssignTaskDialog fromConclusion(long conclusionId, LongConsumer onAssigned) {
        return new AssignTaskDialog(assignments, agencies, conclusions.get(conclusionId), onAssigned);
    }
}
