package vn.gov.cchc.portal.indicator.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;
import vn.gov.cchc.portal.agency.AgencyFilter;
import vn.gov.cchc.portal.agency.AgencyService;
import vn.gov.cchc.portal.agency.AgencySummary;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.common.NotFoundException;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.common.ui.PageTitles;
import vn.gov.cchc.portal.dashboard.DashboardRequest;
import vn.gov.cchc.portal.dashboard.DashboardService;
import vn.gov.cchc.portal.dashboard.Period;
import vn.gov.cchc.portal.indicator.IndexService;
import vn.gov.cchc.portal.indicator.IndexStanding;
import vn.gov.cchc.portal.indicator.Indicator;
import vn.gov.cchc.portal.indicator.IndicatorCatalogueService;
import vn.gov.cchc.portal.indicator.IndicatorChecks.Figure;
import vn.gov.cchc.portal.indicator.IndicatorFiguresService;
import vn.gov.cchc.portal.indicator.IndicatorLinks;
import vn.gov.cchc.portal.indicator.SeriesPoint;
import vn.gov.cchc.portal.security.Roles;
import vn.gov.cchc.portal.task.Counts;
import vn.gov.cchc.portal.task.DeadlineBasis;

/**
 * One agency on one screen, as it was: its task completion year by year (the dashboard's figures for its plan of
 * each year, as of the year's end or today), the figures it reported and the secretariat accepted (a chart of the
 * chosen one over the periods), and its place in the published indices over the years.
 */
@Route(IndicatorLinks.AGENCY_PROFILE)
@RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT, Roles.COMMITTEE_MEMBER})
@Menu(order = 6.2, icon = "vaadin:institution", title = "nav.agencyProfile")
class AgencyProfileView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    private static final int FIRST_YEAR = 2022;

    /** A task year of the agency. */
    private record TaskYear(int year, LocalDate asOf, Counts counts) {
    }

    /** A reported figure: its indicator, level, and its series. */
    private record FigureLine(Indicator indicator, Figure figure, List<SeriesPoint> series) {
        SeriesPoint latest() {
            return series.getLast();
        }
    }

    private final AgencyService agencies;
    private final DashboardService dashboard;
    private final IndicatorFiguresService figures;
    private final IndicatorCatalogueService catalogue;
    private final IndexService indices;
    private final Clock clock;
    private final ComboBox<AgencySummary> agency = new ComboBox<>();
    private final Div content = new Div();

    AgencyProfileView(AgencyService agencies, DashboardService dashboard, IndicatorFiguresService figures,
            IndicatorCatalogueService catalogue, IndexService indices, Clock clock) {
        this.agencies = agencies;
        this.dashboard = dashboard;
        this.figures = figures;
        this.catalogue = catalogue;
        this.indices = indices;
        this.clock = clock;
        addClassName("agency-profile-view");
        agency.setLabel(getTranslation("profile.agency"));
        agency.setWidth("30em");
        agency.setMaxWidth("100%");
        agency.setItems(agencies.list(AgencyFilter.all()).stream().sorted(Comparator.comparing(AgencySummary::nameVi)).toList());
        agency.setItemLabelGenerator(this::agencyLabel);
        agency.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate(IndicatorLinks.agencyProfile(event.getValue().id())));
            }
        });
        add(new H2(getTranslation("nav.agencyProfile")), agency, content);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter @Nullable Long parameter) {
        content.removeAll();
        if (parameter == null) {
            content.add(new Paragraph(getTranslation("profile.choose")));
            return;
        }
        AgencySummary shown = agencies.list(AgencyFilter.all()).stream().filter(a -> a.id() == parameter).findFirst()
                .orElseThrow(NotFoundException::new);
        agency.setValue(shown);
        if (shown.validTo() != null) {
            content.add(new Paragraph(getTranslation("profile.ended", Formats.date(shown.validTo()),
                    shown.successor() == null ? "" : shown.successor().in(getLocale()))));
        }
        content.add(new H3(getTranslation("profile.tasks")), tasks(shown), new H3(getTranslation("profile.figures")));
        content.add(reportedFigures(shown));
        content.add(new H3(getTranslation("profile.indices")), standings(shown));
    }

    private Grid<TaskYear> tasks(AgencySummary shown) {
        LocalDate today = PortalTime.today(clock);
        List<TaskYear> years = new ArrayList<>();
        for (int year = FIRST_YEAR; year <= today.getYear(); year++) {
            LocalDate yearEnd = LocalDate.of(year, 12, 31);
            LocalDate asOf = yearEnd.isBefore(today) ? yearEnd : today;
            if (shown.validTo() != null && shown.validTo().isBefore(asOf)) {
                asOf = shown.validTo(); // the agency as it was on its last day
            }
            if (shown.validFrom() != null && shown.validFrom().isAfter(yearEnd) || shown.validTo() != null && shown.validTo().getYear() < year) {
                continue;
            }
            int shownYear = year;
            LocalDate counted = asOf;
            dashboard.figures(new DashboardRequest(counted, Period.year(year), DeadlineBasis.EXTENDED)).agencies().stream()
                    .filter(line -> line.agencyId() == shown.id()).findFirst()
                    .ifPresent(line -> years.add(new TaskYear(shownYear, counted, line.counts())));
        }
        Grid<TaskYear> grid = new Grid<>();
        grid.addColumn(line -> String.valueOf(line.year())).setHeader(getTranslation("index.year")).setAutoWidth(true);
        grid.addColumn(line -> Formats.date(line.asOf())).setHeader(getTranslation("profile.asOf")).setAutoWidth(true);
        count(grid, "profile.planned", Counts::planned);
        count(grid, "profile.doneOnTime", Counts::doneOnTime);
        count(grid, "profile.doneLate", Counts::doneLate);
        count(grid, "profile.openInTime", Counts::openInTime);
        count(grid, "profile.openOverdue", Counts::openOverdue);
        grid.addColumn(line -> Formats.rate(line.counts().rate())).setHeader(getTranslation("profile.rate"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.setItems(years);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addClassName("profile-tasks");
        return grid;
    }

    private static void count(Grid<TaskYear> grid, String header, ToLongFunction<Counts> part) {
        grid.addColumn(line -> Formats.integer(part.applyAsLong(line.counts()))).setHeader(grid.getTranslation(header))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
    }

    private Div reportedFigures(AgencySummary shown) {
        Div section = new Div();
        Map<Figure, List<SeriesPoint>> all = figures.seriesOf(shown.id());
        Map<String, Indicator> byCode = catalogue.byCode(PortalTime.today(clock));
        List<FigureLine> lines = new ArrayList<>();
        all.forEach((figure, series) -> {
            Indicator indicator = byCode.get(figure.code());
            if (indicator != null && !series.isEmpty()) {
                lines.add(new FigureLine(indicator, figure, series));
            }
        });
        lines.sort(Comparator.comparingInt((FigureLine line) -> line.indicator().position()).thenComparing(line -> line.figure().level()));
        if (lines.isEmpty()) {
            section.add(new Paragraph(getTranslation("profile.noFigures")));
            return section;
        }
        Grid<FigureLine> grid = new Grid<>();
        grid.addColumn(line -> line.indicator().name(getLocale())).setHeader(getTranslation("indicator.field.name")).setFlexGrow(3);
        grid.addColumn(line -> getTranslation(line.figure().level().messageKey())).setHeader(getTranslation("indicator.field.level"))
                .setAutoWidth(true);
        grid.addColumn(line -> line.latest().round()).setHeader(getTranslation("indicator.figures.round")).setFlexGrow(2);
        grid.addColumn(line -> Formats.number(line.latest().value())).setHeader(getTranslation("indicator.field.value"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(line -> change(line.latest().change())).setHeader(getTranslation("indicator.figures.change"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.setItems(lines);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addClassName("profile-figures");
        Div chart = new Div();
        chart.addClassName("profile-chart");
        grid.asSingleSelect().addValueChangeListener(event -> {
            chart.removeAll();
            if (event.getValue() != null) {
                String title = event.getValue().indicator().name(getLocale()) + " · " + getTranslation(event.getValue().figure().level().messageKey());
                chart.add(new Paragraph(title), SeriesChart.render(event.getValue().series(), title));
            }
        });
        grid.select(lines.getFirst());
        section.add(grid, chart);
        return section;
    }

    private Grid<IndexStanding> standings(AgencySummary shown) {
        Grid<IndexStanding> grid = new Grid<>();
        grid.addColumn(standing -> standing.framework().name(getLocale())).setHeader(getTranslation("index.framework")).setFlexGrow(3);
        grid.addColumn(standing -> String.valueOf(standing.year())).setHeader(getTranslation("index.year")).setAutoWidth(true);
        grid.addColumn(standing -> standing.total() == null ? "" : Formats.number(standing.total()))
                .setHeader(getTranslation("index.total")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(standing -> standing.rank() == null ? getTranslation("index.notRanked")
                : Formats.integer(standing.rank()) + (standing.rankedCount() == null ? "" : "/" + Formats.integer(standing.rankedCount())))
                .setHeader(getTranslation("indicator.figures.rank")).setAutoWidth(true);
        grid.setItems(indices.standings(shown.id()));
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addClassName("profile-indices");
        return grid;
    }

    private String agencyLabel(AgencySummary item) {
        return item.validTo() == null ? item.name(getLocale())
                : getTranslation("profile.agencyUntil", item.name(getLocale()), Formats.date(item.validTo()));
    }

    private static String change(@Nullable BigDecimal change) {
        return change == null ? "" : (change.signum() > 0 ? "+" : "") + Formats.number(change);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("nav.agencyProfile"));
    }
}
