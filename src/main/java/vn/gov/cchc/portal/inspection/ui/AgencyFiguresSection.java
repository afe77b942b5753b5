package vn.gov.cchc.portal.inspection.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.indicator.Indicator;
import vn.gov.cchc.portal.indicator.IndicatorCatalogueService;
import vn.gov.cchc.portal.indicator.IndicatorChecks.Figure;
import vn.gov.cchc.portal.indicator.IndicatorFiguresService;
import vn.gov.cchc.portal.indicator.SeriesPoint;
import vn.gov.cchc.portal.inspection.InspectionDetails;

/**
 * The inspected agency's figures of the inspection's year as it reported them and the secretariat accepted them
 * (reporting rounds with a cut-off in that year), beside the findings; where there are none the findings carry the
 * figures as the team typed them.
 */
class AgencyFiguresSection extends Div {

    /** A figure of the year: the indicator, its level, the round's latest accepted value. */
    private record Line(Indicator indicator, Figure figure, SeriesPoint point) {
    }

    AgencyFiguresSection(InspectionDetails details, IndicatorFiguresService figures, IndicatorCatalogueService catalogue) {
        addClassName("inspection-figures");
        int year = details.summary().year();
        add(new H3(getTranslation("inspection.figures", String.valueOf(year))));
        Map<String, Indicator> names = catalogue.byCode(LocalDate.of(year, 12, 31));
        List<Line> lines = new ArrayList<>();
        figures.seriesOf(details.summary().agencyId()).forEach((figure, series) -> series.stream()
                .filter(point -> point.cutoff().getYear() == year).reduce((first, second) -> second)
                .filter(point -> names.containsKey(figure.code()))
                .ifPresent(point -> lines.add(new Line(names.get(figure.code()), figure, point))));
        if (lines.isEmpty()) {
            add(new Paragraph(getTranslation("inspection.figures.none")));
            return;
        }
        lines.sort(Comparator.comparingInt((Line line) -> line.indicator().position()).thenComparing(line -> line.figure().level()));
        Grid<Line> grid = new Grid<>();
        grid.addColumn(line -> line.indicator().name(getLocale())).setHeader(getTranslation("indicator.field.name")).setFlexGrow(3);
        grid.addColumn(line -> getTranslation(line.figure().level().messageKey())).setHeader(getTranslation("indicator.field.level"))
                .setAutoWidth(true);
        grid.addColumn(line -> Formats.number(line.point().value())).setHeader(getTranslation("indicator.field.value"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(line -> Formats.date(line.point().cutoff())).setHeader(getTranslation("indicator.round.cutoff")).setAutoWidth(true);
        grid.setItems(lines);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        add(grid);
    }
}
