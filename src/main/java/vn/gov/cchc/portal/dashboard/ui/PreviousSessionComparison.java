package vn.gov.cchc.portal.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import java.util.List;
import vn.gov.cchc.portal.agency.AgencyGroup;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.dashboard.DashboardFigures;
import vn.gov.cchc.portal.dashboard.FigureCell;
import vn.gov.cchc.portal.task.Counts;
import vn.gov.cchc.portal.task.Measure;

/**
 * The change since the previous session's cut-off, per group: the rate then and now, and the tasks completed in
 * between (a number that opens exactly those tasks).
 */
final class PreviousSessionComparison extends Div {

    /** The tasks done since a cut-off, for one group. */
    interface DoneSince {
        List<Long> tasks(FigureCell cell);
    }

    PreviousSessionComparison(DashboardFigures figures, DrillDowns drillDowns, DoneSince doneSince) {
        addClassName("figure-comparison");
        String title = getTranslation("dashboard.previous", Formats.date(figures.previousCutoff()));
        add(new H3(title));
        FigureTable table = new FigureTable(title, List.of(getTranslation("dashboard.group"),
                getTranslation("dashboard.rateThen"), getTranslation("dashboard.rateNow"),
                getTranslation("dashboard.doneSince")));
        for (AgencyGroup group : AgencyGroup.values()) {
            Counts before = figures.previousGroups().getOrDefault(group, Counts.ZERO);
            Counts now = figures.group(group);
            String name = getTranslation(group.messageKey());
            long change = now.done() - before.done();
            table.row(name, FigureTable.value(Formats.rate(before.rate())), FigureTable.value(Formats.rate(now.rate())),
                    drillDowns.link(change, name + " · " + getTranslation("dashboard.doneSince"),
                            () -> doneSince.tasks(FigureCell.group(group, Measure.DONE))));
        }
        add(table);
    }
}
