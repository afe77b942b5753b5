package vn.gov.cchc.portal.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.dashboard.DashboardFigures;
import vn.gov.cchc.portal.dashboard.FigureCell;
import vn.gov.cchc.portal.task.Counts;
import vn.gov.cchc.portal.task.Measure;
import vn.gov.cchc.portal.task.ReformArea;

/** The six reform areas: a chart, and a table whose numbers open their tasks. */
final class AreaFigures extends Div {

    private static final List<Measure> COLUMNS = List.of(Measure.PLANNED, Measure.DONE, Measure.OPEN_IN_TIME,
            Measure.OPEN_OVERDUE);

    AreaFigures(DashboardFigures figures, DrillDowns drillDowns, Function<FigureCell, List<Long>> tasksBehind,
            String[] legend) {
        String title = getTranslation("dashboard.byArea");
        add(new H3(title));
        List<StackedBars.Row> rows = new ArrayList<>();
        for (ReformArea area : ReformArea.values()) {
            rows.add(new StackedBars.Row(getTranslation(area.messageKey()), figures.areas().getOrDefault(area, Counts.ZERO)));
        }
        add(StackedBars.render(rows, title, legend));
        List<String> headers = new ArrayList<>(List.of(getTranslation("task.field.area")));
        COLUMNS.forEach(measure -> headers.add(getTranslation(measure.messageKey())));
        headers.add(getTranslation("dashboard.rate"));
        FigureTable table = new FigureTable(title, headers);
        for (ReformArea area : ReformArea.values()) {
            Counts counts = figures.areas().getOrDefault(area, Counts.ZERO);
            String name = getTranslation(area.messageKey());
            List<Component> cells = new ArrayList<>();
            for (Measure measure : COLUMNS) {
                FigureCell cell = FigureCell.area(area, measure);
                cells.add(drillDowns.link(measure.of(counts), name + " · " + getTranslation(measure.messageKey()),
                        () -> tasksBehind.apply(cell)));
            }
            cells.add(FigureTable.value(counts.planned() == 0 ? "—" : Formats.rate(counts.rate())));
            table.row(name, cells.toArray(Component[]::new));
        }
        add(table);
    }
}
