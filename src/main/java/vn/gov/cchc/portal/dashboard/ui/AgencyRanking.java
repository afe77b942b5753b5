package vn.gov.cchc.portal.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import vn.gov.cchc.portal.agency.AgencyGroup;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.dashboard.AgencyFigures;
import vn.gov.cchc.portal.dashboard.DashboardFigures;
import vn.gov.cchc.portal.dashboard.FigureCell;
import vn.gov.cchc.portal.task.Measure;

/** Per group, the N agencies with the highest and the N with the lowest completion rate. */
final class AgencyRanking extends Div {

    private static final List<Measure> COLUMNS = List.of(Measure.PLANNED, Measure.DONE, Measure.OPEN_OVERDUE);

    private final DrillDowns drillDowns;
    private final Function<FigureCell, List<Long>> tasksBehind;

    AgencyRanking(DashboardFigures figures, int n, DrillDowns drillDowns, Function<FigureCell, List<Long>> tasksBehind) {
        this.drillDowns = drillDowns;
        this.tasksBehind = tasksBehind;
        for (AgencyGroup group : AgencyGroup.values()) {
            List<AgencyFigures> planned = figures.agencies().stream()
                    .filter(a -> a.group() == group && a.counts().planned() > 0).toList();
            if (planned.isEmpty()) {
                continue;
            }
            String title = getTranslation("dashboard.ranking", getTranslation(group.messageKey()));
            add(new H3(title));
            add(new Paragraph(getTranslation("dashboard.leading", n)), table(title, planned.subList(0, Math.min(n, planned.size()))));
            if (planned.size() > n) {
                add(new Paragraph(getTranslation("dashboard.lagging", n)),
                        table(title, planned.subList(Math.max(n, planned.size() - n), planned.size()).reversed()));
            }
        }
    }

    private FigureTable table(String title, List<AgencyFigures> agencies) {
        List<String> headers = new ArrayList<>(List.of(getTranslation("task.field.lead")));
        COLUMNS.forEach(measure -> headers.add(getTranslation(measure.messageKey())));
        headers.add(getTranslation("dashboard.rate"));
        FigureTable table = new FigureTable(title, headers);
        for (AgencyFigures agency : agencies) {
            String name = agency.name(getLocale());
            List<Component> cells = new ArrayList<>();
            for (Measure measure : COLUMNS) {
                FigureCell cell = FigureCell.agency(agency.agencyId(), measure);
                cells.add(drillDowns.link(measure.of(agency.counts()), name + " · " + getTranslation(measure.messageKey()),
                        () -> tasksBehind.apply(cell)));
            }
            cells.add(FigureTable.value(Formats.rate(agency.counts().rate())));
            table.row(name, cells.toArray(Component[]::new));
        }
        return table;
    }
}
