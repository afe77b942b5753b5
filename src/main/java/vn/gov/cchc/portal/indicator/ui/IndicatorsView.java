package vn.gov.cchc.portal.indicator.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import vn.gov.cchc.portal.agency.AgencyGroup;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.common.ui.PageTitles;
import vn.gov.cchc.portal.common.ui.Toolbars;
import vn.gov.cchc.portal.indicator.AgencyValues;
import vn.gov.cchc.portal.indicator.Indicator;
import vn.gov.cchc.portal.indicator.IndicatorChecks.Figure;
import vn.gov.cchc.portal.indicator.IndicatorFiguresService;
import vn.gov.cchc.portal.indicator.IndicatorLevel;
import vn.gov.cchc.portal.indicator.IndicatorLinks;
import vn.gov.cchc.portal.indicator.IndicatorTotals;
import vn.gov.cchc.portal.indicator.RoundFigures;
import vn.gov.cchc.portal.indicator.RoundSummary;
import vn.gov.cchc.portal.indicator.SeriesPoint;
import vn.gov.cchc.portal.indicator.Total;
import vn.gov.cchc.portal.security.Roles;

/**
 * The accepted figures of a period beside the task dashboard: for each indicator the national and group totals
 * (rates from summed counts), then, for one indicator, every agency that reported it, ranked.
 */
@Route(IndicatorLinks.FIGURES)
@RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT, Roles.COMMITTEE_MEMBER, Roles.AGENCY_LEADER, Roles.AGENCY_OFFICER})
@Menu(order = 6, icon = "vaadin:chart-grid", title = "nav.indicators")
class IndicatorsView extends Main implements HasDynamicTitle {

    /** A line of the totals table: an indicator at a level. */
    private record TotalLine(Indicator indicator, IndicatorLevel level) {
    }

    /** A line of the ranking: its place and the agency's value. */
    private record RankLine(int rank, AgencyValues agency, BigDecimal value) {
    }

    private final IndicatorFiguresService figures;
    private final ComboBox<RoundSummary> round = new ComboBox<>();
    private final ComboBox<Indicator> ranked = new ComboBox<>();
    private final Grid<TotalLine> totals = new Grid<>();
    private final Grid<RankLine> ranking = new Grid<>();
    private final Paragraph summary = new Paragraph();
    private final H3 seriesTitle = new H3();
    private final Grid<SeriesPoint> series = new Grid<>();
    private RoundFigures shown;

    IndicatorsView(IndicatorFiguresService figures) {
        this.figures = figures;
        addClassName("indicators-view");
        round.setLabel(getTranslation("indicator.figures.round"));
        round.setItemLabelGenerator(RoundSummary::title);
        round.setWidth("30em");
        round.addValueChangeListener(event -> show(event.getValue()));
        ranked.setLabel(getTranslation("indicator.figures.ranked"));
        ranked.setItemLabelGenerator(indicator -> indicator.name(getLocale()));
        ranked.setWidth("30em");
        ranked.addValueChangeListener(event -> rank(event.getValue()));
        totals.addColumn(line -> line.indicator().name(getLocale())).setHeader(getTranslation("indicator.field.name")).setFlexGrow(3);
        totals.addColumn(line -> getTranslation(line.level().messageKey())).setHeader(getTranslation("indicator.field.level"))
                .setAutoWidth(true);
        totals.addColumn(line -> value(shown.national(), line)).setHeader(getTranslation("indicator.figures.national"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        totals.addColumn(line -> source(shown.national(), line)).setHeader(getTranslation("indicator.figures.source"))
                .setAutoWidth(true);
        for (AgencyGroup group : AgencyGroup.values()) {
            totals.addColumn(line -> value(shown.groups().get(group), line) + coverage(shown.groups().get(group), line))
                    .setHeader(getTranslation(group.messageKey())).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        }
        totals.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        totals.setAllRowsVisible(true);
        ranking.addColumn(line -> Formats.integer(line.rank())).setHeader(getTranslation("indicator.figures.rank"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        ranking.addColumn(line -> line.agency().agency().name(getLocale())).setHeader(getTranslation("task.field.lead")).setFlexGrow(2);
        ranking.addColumn(line -> getTranslation(line.agency().agency().group().messageKey()))
                .setHeader(getTranslation("indicator.field.groups")).setAutoWidth(true);
        ranking.addColumn(line -> Formats.number(line.value())).setHeader(getTranslation("indicator.field.value"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        ranking.setHeight("50vh");
        ranking.addItemClickListener(click -> showSeries(click.getItem().agency()));
        series.addColumn(SeriesPoint::round).setHeader(getTranslation("indicator.figures.round")).setFlexGrow(3);
        series.addColumn(point -> Formats.date(point.cutoff())).setHeader(getTranslation("indicator.round.cutoff"))
                .setAutoWidth(true);
        series.addColumn(point -> Formats.number(point.value())).setHeader(getTranslation("indicator.field.value"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        series.addColumn(point -> point.change() == null ? "" : (point.change().signum() > 0 ? "+" : "") + Formats.number(point.change()))
                .setHeader(getTranslation("indicator.figures.change")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        series.setAllRowsVisible(true);
        series.addClassName("indicator-series");
        HorizontalLayout controls = Toolbars.of(round, ranked);
        add(new H2(getTranslation("nav.indicators")), controls, summary, totals,
                new H3(getTranslation("indicator.figures.ranking")), ranking, seriesTitle, series);
        seriesTitle.setVisible(false);
        series.setVisible(false);
        List<RoundSummary> rounds = figures.rounds();
        round.setItems(rounds);
        if (rounds.isEmpty()) {
            summary.setText(getTranslation("indicator.round.none"));
        } else {
            round.setValue(figures.latestWithFigures().orElse(rounds.getFirst()));
        }
    }

    private void show(RoundSummary selected) {
        if (selected == null) {
            return;
        }
        shown = figures.figures(selected.id());
        summary.setText(getTranslation("indicator.figures.summary", Formats.date(shown.round().from()),
                Formats.date(shown.round().to()), Formats.date(shown.round().cutoff()),
                Formats.integer(shown.round().accepted()), Formats.integer(shown.round().agencies()),
                Formats.integer(IndicatorTotals.MIN_REPORTERS)));
        List<TotalLine> lines = new ArrayList<>();
        for (Indicator indicator : shown.indicators()) {
            for (IndicatorLevel level : IndicatorLevel.values()) {
                Figure figure = new Figure(indicator.code(), level);
                if (shown.national().containsKey(figure)
                        || shown.groups().values().stream().anyMatch(group -> group.containsKey(figure))) {
                    lines.add(new TotalLine(indicator, level));
                }
            }
        }
        totals.setItems(lines);
        ranked.setItems(shown.indicators());
        ranked.setValue(shown.indicators().isEmpty() ? null : shown.indicators().getFirst());
    }

    /** The agencies that reported the indicator's total, the largest first (rank 1). */
    private void rank(Indicator indicator) {
        if (indicator == null || shown == null) {
            ranking.setItems(List.of());
            return;
        }
        Figure figure = new Figure(indicator.code(), IndicatorLevel.TOTAL);
        List<AgencyValues> reported = shown.agencies().stream().filter(agency -> agency.values().containsKey(figure))
                .sorted(Comparator.comparing((AgencyValues agency) -> agency.values().get(figure)).reversed()).toList();
        List<RankLine> lines = new ArrayList<>();
        for (int i = 0; i < reported.size(); i++) {
            lines.add(new RankLine(i + 1, reported.get(i), reported.get(i).values().get(figure)));
        }
        ranking.setItems(lines);
    }

    /** The agency's values of the ranked indicator round after round, with the change from the one before. */
    private void showSeries(AgencyValues agency) {
        Indicator indicator = ranked.getValue();
        if (indicator == null) {
            return;
        }
        seriesTitle.setText(getTranslation("indicator.figures.series", indicator.name(getLocale()), agency.agency().name(getLocale())));
        series.setItems(figures.series(agency.agency().id(), new Figure(indicator.code(), IndicatorLevel.TOTAL)));
        seriesTitle.setVisible(true);
        series.setVisible(true);
    }

    private static String value(Map<Figure, Total> totals, TotalLine line) {
        Total total = totals == null ? null : totals.get(new Figure(line.indicator().code(), line.level()));
        return total == null ? "—" : Formats.number(total.value());
    }

    /** The group total's coverage: " (2/63)". */
    private static String coverage(Map<Figure, Total> totals, TotalLine line) {
        Total total = totals == null ? null : totals.get(new Figure(line.indicator().code(), line.level()));
        return total == null ? "" : " (" + Formats.integer(total.reporters()) + "/" + Formats.integer(total.asked()) + ")";
    }

    /** Who the national figure is from: the national reporter, or the sum of so many agencies' reports. */
    private String source(Map<Figure, Total> totals, TotalLine line) {
        Total total = totals.get(new Figure(line.indicator().code(), line.level()));
        if (total == null) {
            return "";
        }
        return total.reportedBy() != null ? total.reportedBy().in(getLocale())
                : getTranslation("indicator.figures.sum", Formats.integer(total.reporters()), Formats.integer(total.asked()));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("nav.indicators"));
    }
}
