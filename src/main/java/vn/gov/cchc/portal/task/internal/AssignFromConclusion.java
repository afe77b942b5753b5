package vn.gov.cchc.portal.task.internal;

import org.springframework.stereotype.Component;
import vn.gov.cchc.portal.session.ConclusionFollowUp;
import vn.gov.cchc.portal.task.TaskLinks;

/** On a conclusion paragraph: assign the tasks it calls for (the task grid opens its assignment dialog). */
@Component
class AssignFromConclusion implements ConclusionFollowUp {

    @Override
    public String labelKey() {
        return "conclusion.action.createTasks";
    }

    @Override
    public String route(long conclusionId) {
        return TaskLinks.assignFromConclusion(conclusionId);
    }
}
