package vn.gov.cchc.portal.shell.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.LocalDate;
import java.util.List;
import java.util.function.LongFunction;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.warning.AgencyRisk;
import vn.gov.cchc.portal.warning.RiskReasons;
import vn.gov.cchc.portal.warning.TaskAtRisk;
import vn.gov.cchc.portal.warning.WarningLinks;

/** The home's early warning: the agencies with the most tasks at risk today, or an agency's own tasks at risk and why. */
final class RiskList extends Div {

    private static final int LINES = 5;

    /** The secretariat's: the agencies with the most tasks at risk, each opening its tasks. */
    static RiskList ofAgencies(List<AgencyRisk> agencies, LocalDate today) {
        RiskList list = new RiskList("home.atRisk.agencies");
        List<AgencyRisk> top = agencies.stream().filter(row -> row.atRisk() > 0).limit(LINES).toList();
        UnorderedList lines = new UnorderedList();
        for (AgencyRisk row : top) {
            lines.add(new ListItem(new Anchor(WarningLinks.atRisk(today, row.agencyId()), list.getTranslation(
                    "home.atRisk.agencyLine", row.agency().in(list.getLocale()), Formats.integer(row.atRisk())))));
        }
        list.finish(lines, top.isEmpty());
        return list;
    }

    /** An agency's: its own tasks at risk, the nearest deadline first, each with why. */
    static RiskList ofTasks(List<TaskAtRisk> tasks, LongFunction<String> link) {
        RiskList list = new RiskList("home.atRisk.tasks");
        UnorderedList lines = new UnorderedList();
        for (TaskAtRisk task : tasks.stream().limit(LINES).toList()) {
            lines.add(new ListItem(new Anchor(link.apply(task.task().taskId()), task.task().title()),
                    new Paragraph(list.getTranslation("home.atRisk.taskLine", Formats.date(task.task().deadline()),
                            RiskReasons.of(task.signals(), list.getLocale())))));
        }
        list.finish(lines, tasks.isEmpty());
        return list;
    }

    private RiskList(String headingKey) {
        addClassName("home-at-risk");
        add(new H3(getTranslation(headingKey)));
    }

    private void finish(UnorderedList lines, boolean empty) {
        if (empty) {
            add(new Paragraph(getTranslation("warning.none")));
        } else {
            add(lines);
        }
    }
}
