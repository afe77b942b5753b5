package vn.gov.cchc.portal.shell.ui;

import com.vaadin.flow.component.html.Div;
import java.time.LocalDate;
import java.util.List;
import vn.gov.cchc.portal.task.TaskLinks;
import vn.gov.cchc.portal.task.WorkQueue;

/**
 * An agency's queue: completions the secretariat returned, overdue and due-soon tasks; for officers also tasks not
 * reported on this month and report drafts not yet sent. Every line opens the task in the agency's workspace.
 */
final class AgencyHome extends Div {

    AgencyHome(List<WorkQueue> queues, LocalDate today) {
        addClassName("home-agency");
        for (WorkQueue queue : queues) {
            add(new QueueList(queue, today, TaskLinks::agency, TaskLinks.AGENCY_TASKS));
        }
    }
}
