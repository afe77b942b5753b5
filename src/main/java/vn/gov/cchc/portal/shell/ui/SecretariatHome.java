package vn.gov.cchc.portal.shell.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.dashboard.AgencyFigures;
import vn.gov.cchc.portal.dashboard.DashboardFigures;
import vn.gov.cchc.portal.task.QueueReason;
import vn.gov.cchc.portal.task.TaskLinks;
import vn.gov.cchc.portal.task.TaskStatus;
import vn.gov.cchc.portal.task.WorkQueue;

/**
 * The secretariat's queue: proposals and extension requests waiting for it (oldest first), the agencies with the
 * most overdue tasks, tasks due this week; the next session and its brief come from {@link NextSession}.
 */
final class SecretariatHome extends Div {

    private static final int AGENCIES = 5;

    SecretariatHome(List<WorkQueue> queues, DashboardFigures thisYear, LocalDate today) {
        addClassName("home-secretariat");
        for (WorkQueue queue : queues) {
            String more = queue.reason() == QueueReason.PROPOSAL
                    ? TaskLinks.TASKS + "?status=" + TaskStatus.AWAITING_CONFIRMATION.name() : null;
            add(new QueueList(queue, today, TaskLinks::secretariat, more));
        }
        add(new H3(getTranslation("home.mostOverdue", thisYear.request().period().from().getYear())));
        List<AgencyFigures> overdue = thisYear.agencies().stream().filter(a -> a.counts().openOverdue() > 0)
                .sorted(Comparator.comparingLong((AgencyFigures a) -> a.counts().openOverdue()).reversed()
                        .thenComparing(AgencyFigures::nameVi))
                .limit(AGENCIES).toList();
        if (overdue.isEmpty()) {
            add(new Paragraph(getTranslation("home.mostOverdue.none")));
            return;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("most-overdue");
        for (AgencyFigures agency : overdue) {
            list.add(new ListItem(new Anchor(TaskLinks.tasksOf(agency.agencyId(), TaskStatus.OPEN_OVERDUE),
                    getTranslation("home.mostOverdue.line", agency.name(getLocale()),
                            Formats.integer(agency.counts().openOverdue())))));
        }
        add(list);
    }
}
