package vn.gov.cchc.portal.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import java.util.function.Function;
import vn.gov.cchc.portal.agency.AgencyGroup;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.dashboard.DashboardFigures;
import vn.gov.cchc.portal.dashboard.FigureCell;
import vn.gov.cchc.portal.task.Counts;
import vn.gov.cchc.portal.task.Measure;

/** One card per group and one for the total: the rate, and each measure as a number that opens its tasks. */
final class FigureCards extends HorizontalLayout {

    private static final List<Measure> MEASURES = List.of(Measure.PLANNED, Measure.DONE_ON_TIME, Measure.DONE_LATE,
            Measure.OPEN_IN_TIME, Measure.OPEN_OVERDUE);

    FigureCards(DashboardFigures figures, DrillDowns drillDowns, Function<FigureCell, List<Long>> tasksBehind) {
        addClassName("figure-cards");
        setWidthFull();
        for (AgencyGroup group : AgencyGroup.values()) {
            add(card(getTranslation(group.messageKey()), figures.group(group), group, drillDowns, tasksBehind));
        }
        add(card(getTranslation("dashboard.total"), figures.total(), null, drillDowns, tasksBehind));
    }

    private Div card(String name, Counts counts, AgencyGroup group, DrillDowns drillDowns,
            Function<FigureCell, List<Long>> tasksBehind) {
        Div card = new Div();
        card.addClassName("figure-card");
        card.add(new H3(name));
        Span rate = new Span(Formats.percent(counts.rate()));
        rate.addClassName("figure-rate");
        card.add(rate);
        card.add(new Paragraph(getTranslation("dashboard.doneOfPlanned", Formats.integer(counts.done()),
                Formats.integer(counts.planned()))));
        for (Measure measure : MEASURES) {
            String label = getTranslation(measure.messageKey());
            FigureCell cell = FigureCell.group(group, measure);
            long value = measure.of(counts);
            card.add(new Div(drillDowns.link(value, label + ": " + Formats.integer(value), name + " · " + label,
                    () -> tasksBehind.apply(cell))));
        }
        return card;
    }
}
