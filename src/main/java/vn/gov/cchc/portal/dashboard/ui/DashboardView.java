package vn.gov.cchc.portal.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.gov.cchc.portal.agency.AgencyGroup;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.common.ui.DatePickers;
import vn.gov.cchc.portal.common.ui.FieldErrors;
import vn.gov.cchc.portal.dashboard.AgencyFigures;
import vn.gov.cchc.portal.dashboard.Counts;
import vn.gov.cchc.portal.dashboard.DashboardFigures;
import vn.gov.cchc.portal.dashboard.DashboardRequest;
import vn.gov.cchc.portal.dashboard.DashboardService;
import vn.gov.cchc.portal.dashboard.FigureCell;
import vn.gov.cchc.portal.dashboard.Period;
import vn.gov.cchc.portal.session.SessionFilter;
import vn.gov.cchc.portal.session.SessionService;
import vn.gov.cchc.portal.session.SessionSummary;
import vn.gov.cchc.portal.task.DeadlineBasis;
import vn.gov.cchc.portal.task.ReformArea;
import vn.gov.cchc.portal.task.StatusBucket;
import vn.gov.cchc.portal.task.TaskRow;

/**
 * Figures for a cut-off date and a period: per group and in total, per reform area, and the agencies' ranking.
 * Every number opens the list of exactly the tasks behind it. Query parameters {@code asOf}, {@code from},
 * {@code to} (ISO dates) make a view linkable.
 */
@Route("dashboard")
@PermitAll
@Menu(order = 5, icon = "vaadin:chart", title = "nav.dashboard")
class DashboardView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    private final DashboardService dashboard;
    private final DatePicker asOf = new DatePicker();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final ComboBox<SessionSummary> session = new ComboBox<>();
    private final RadioButtonGroup<DeadlineBasis> basis = new RadioButtonGroup<>();
    private final IntegerField topN = new IntegerField();
    private final Div content = new Div();

    DashboardView(DashboardService dashboard, SessionService sessions) {
        this.dashboard = dashboard;
        addClassName("dashboard-view");
        LocalDate today = LocalDate.now(PortalTime.ZONE);
        for (DatePicker picker : new DatePicker[] {asOf, from, to}) {
            DatePickers.localize(picker, this);
        }
        asOf.setLabel(getTranslation("dashboard.asOf"));
        asOf.setValue(today);
        from.setLabel(getTranslation("dashboard.periodFrom"));
        to.setLabel(getTranslation("dashboard.periodTo"));
        Period year = Period.year(today.getYear());
        from.setValue(year.from());
        to.setValue(year.to());
        session.setLabel(getTranslation("dashboard.session"));
        session.setItems(sessions.list(SessionFilter.all()).stream().filter(s -> s.cutoffDate() != null).toList());
        session.setItemLabelGenerator(s -> getTranslation("session.numberLabel", s.number()) + " · "
                + getTranslation("dashboard.sessionCutoff", Formats.date(s.cutoffDate())));
        session.setClearButtonVisible(true);
        session.addValueChangeListener(event -> {
            if (event.getValue() != null) {
                usePeriodOf(event.getValue(), sessions);
            }
        });
        basis.setLabel(getTranslation("dashboard.basis"));
        basis.setItems(DeadlineBasis.values());
        basis.setItemLabelGenerator(b -> getTranslation(b.messageKey()));
        basis.setValue(DeadlineBasis.EXTENDED);
        topN.setLabel(getTranslation("dashboard.topN"));
        topN.setValue(5);
        topN.setMin(1);
        topN.setMax(50);
        topN.setStepButtonsVisible(true);
        Button show = new Button(getTranslation("dashboard.show"), click -> refresh());
        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout controls = new HorizontalLayout(session, asOf, from, to, basis, topN, show);
        controls.setAlignItems(FlexComponent.Alignment.BASELINE);
        controls.addClassName("toolbar");
        add(new H2(getTranslation("dashboard.title")), controls, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        try {
            date(parameters, "asOf", asOf);
            date(parameters, "from", from);
            date(parameters, "to", to);
        } catch (DateTimeParseException e) {
            // an unreadable link falls back to today's figures
        }
        refresh();
    }

    private void usePeriodOf(SessionSummary summary, SessionService sessions) {
        var details = sessions.get(summary.id()).details();
        asOf.setValue(summary.cutoffDate());
        if (details.periodFrom() != null && details.periodTo() != null) {
            from.setValue(details.periodFrom());
            to.setValue(details.periodTo());
        }
    }

    private static void date(Map<String, List<String>> parameters, String name, DatePicker picker) {
        if (parameters.containsKey(name)) {
            picker.setValue(LocalDate.parse(parameters.get(name).getFirst()));
        }
    }

    private DashboardRequest request() {
        Period period = from.getValue() == null || to.getValue() == null ? null : new Period(from.getValue(), to.getValue());
        return new DashboardRequest(asOf.getValue(), period, basis.getValue());
    }

    private void refresh() {
        content.removeAll();
        DashboardRequest request = request();
        DashboardFigures[] result = new DashboardFigures[1];
        boolean ok = new FieldErrors(this).bind("asOf", asOf).bind("periodTo", to)
                .attempt(() -> result[0] = dashboard.figures(request));
        if (!ok) {
            content.add(new Paragraph(getTranslation("dashboard.fixInput")));
            return;
        }
        DashboardFigures figures = result[0];
        content.add(new Paragraph(getTranslation("dashboard.summary", Formats.date(request.asOf()),
                Formats.date(request.period().from()), Formats.date(request.period().to()),
                Formats.integer(figures.activeAgencies()))));
        if (figures.isEmpty()) {
            content.add(new Paragraph(getTranslation("dashboard.empty")));
            return;
        }
        HorizontalLayout cards = new HorizontalLayout(card(request, figures, AgencyGroup.MINISTRIES),
                card(request, figures, AgencyGroup.PROVINCES), card(request, figures, null));
        cards.addClassName("figure-cards");
        cards.setWidthFull();
        content.add(cards);
        if (figures.previousCutoff() != null) {
            content.add(comparison(figures));
        }
        content.add(new H3(getTranslation("dashboard.byGroup")), StackedBars.render(List.of(
                new StackedBars.Row(getTranslation(AgencyGroup.MINISTRIES.messageKey()), figures.group(AgencyGroup.MINISTRIES)),
                new StackedBars.Row(getTranslation(AgencyGroup.PROVINCES.messageKey()), figures.group(AgencyGroup.PROVINCES))),
                getTranslation("dashboard.byGroup"), legend()));
        content.add(new H3(getTranslation("dashboard.byArea")), areaChart(figures), areaGrid(request, figures));
        content.add(ranking(request, figures));
    }

    private Component card(DashboardRequest request, DashboardFigures figures, AgencyGroup group) {
        Counts counts = group == null ? figures.total() : figures.group(group);
        Div card = new Div();
        card.addClassName("figure-card");
        card.add(new H3(getTranslation(group == null ? "dashboard.total" : group.messageKey())));
        Span rate = new Span(Formats.rate(counts.done(), counts.planned()));
        rate.addClassName("figure-rate");
        card.add(rate);
        card.add(new Paragraph(getTranslation("dashboard.doneOfPlanned", Formats.integer(counts.done()),
                Formats.integer(counts.planned()))));
        card.add(number(request, group, null, "dashboard.planned", counts.planned()));
        for (StatusBucket bucket : List.of(StatusBucket.DONE_ON_TIME, StatusBucket.DONE_LATE, StatusBucket.OPEN_IN_TIME,
                StatusBucket.OPEN_OVERDUE)) {
            card.add(number(request, group, bucket, bucket.messageKey(), counts.of(bucket)));
        }
        return card;
    }

    private Component number(DashboardRequest request, AgencyGroup group, StatusBucket bucket, String labelKey, long value) {
        Button number = new Button(getTranslation(labelKey) + ": " + Formats.integer(value),
                click -> drillDown(request, new FigureCell(group, null, null, bucket), getTranslation(labelKey)));
        number.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        number.addClassName("figure-number");
        return new Div(number);
    }

    private Component comparison(DashboardFigures figures) {
        StringBuilder text = new StringBuilder(getTranslation("dashboard.previous", Formats.date(figures.previousCutoff())));
        for (AgencyGroup group : AgencyGroup.values()) {
            Counts before = figures.previousGroups().getOrDefault(group, Counts.ZERO);
            Counts now = figures.group(group);
            text.append(' ').append(getTranslation("dashboard.previousGroup", getTranslation(group.messageKey()),
                    Formats.rate(before.done(), before.planned()), Formats.rate(now.done(), now.planned()),
                    Formats.integer(now.done() - before.done())));
        }
        Paragraph paragraph = new Paragraph(text.toString());
        paragraph.addClassName("figure-comparison");
        return paragraph;
    }

    private Component areaChart(DashboardFigures figures) {
        List<StackedBars.Row> rows = new ArrayList<>();
        for (ReformArea area : ReformArea.values()) {
            rows.add(new StackedBars.Row(getTranslation(area.messageKey()), figures.areas().getOrDefault(area, Counts.ZERO)));
        }
        return StackedBars.render(rows, getTranslation("dashboard.byArea"), legend());
    }

    private Grid<ReformArea> areaGrid(DashboardRequest request, DashboardFigures figures) {
        Grid<ReformArea> grid = new Grid<>();
        grid.addColumn(area -> getTranslation(area.messageKey())).setHeader(getTranslation("task.field.area")).setFlexGrow(3);
        grid.addComponentColumn(area -> cellButton(request, new FigureCell(null, null, area, null),
                figures.areas().getOrDefault(area, Counts.ZERO).planned(), getTranslation(area.messageKey())))
                .setHeader(getTranslation("dashboard.planned"));
        grid.addComponentColumn(area -> cellButton(request, new FigureCell(null, null, area, StatusBucket.OPEN_OVERDUE),
                figures.areas().getOrDefault(area, Counts.ZERO).openOverdue(), getTranslation(area.messageKey())))
                .setHeader(getTranslation(StatusBucket.OPEN_OVERDUE.messageKey()));
        grid.addColumn(area -> rate(figures.areas().getOrDefault(area, Counts.ZERO))).setHeader(getTranslation("dashboard.rate"));
        grid.setItems(ReformArea.values());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Component ranking(DashboardRequest request, DashboardFigures figures) {
        int n = topN.getValue() == null ? 5 : Math.max(1, Math.min(50, topN.getValue()));
        Div ranking = new Div();
        for (AgencyGroup group : AgencyGroup.values()) {
            List<AgencyFigures> planned = figures.agencies().stream()
                    .filter(a -> a.group() == group && a.counts().planned() > 0).toList();
            if (planned.isEmpty()) {
                continue;
            }
            ranking.add(new H3(getTranslation("dashboard.ranking", getTranslation(group.messageKey()))));
            ranking.add(new Paragraph(getTranslation("dashboard.leading", n)), agencyGrid(request, planned.subList(0, Math.min(n, planned.size()))));
            if (planned.size() > n) {
                List<AgencyFigures> lagging = new ArrayList<>(planned.subList(Math.max(n, planned.size() - n), planned.size()));
                java.util.Collections.reverse(lagging);
                ranking.add(new Paragraph(getTranslation("dashboard.lagging", n)), agencyGrid(request, lagging));
            }
        }
        return ranking;
    }

    private Grid<AgencyFigures> agencyGrid(DashboardRequest request, List<AgencyFigures> agencies) {
        Grid<AgencyFigures> grid = new Grid<>();
        grid.addColumn(a -> a.nameVi()).setHeader(getTranslation("task.field.lead")).setFlexGrow(3);
        grid.addComponentColumn(a -> cellButton(request, new FigureCell(null, a.agencyId(), null, null), a.counts().planned(), a.nameVi()))
                .setHeader(getTranslation("dashboard.planned"));
        grid.addComponentColumn(a -> cellButton(request, new FigureCell(null, a.agencyId(), null, StatusBucket.DONE_ON_TIME),
                a.counts().done(), a.nameVi())).setHeader(getTranslation("dashboard.done"));
        grid.addColumn(a -> rate(a.counts())).setHeader(getTranslation("dashboard.rate"));
        grid.setItems(agencies);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Button cellButton(DashboardRequest request, FigureCell cell, long value, String title) {
        Button button = new Button(Formats.integer(value), click -> drillDown(request, cell, title));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        return button;
    }

    private void drillDown(DashboardRequest request, FigureCell cell, String title) {
        DashboardService.DrillDown[] result = new DashboardService.DrillDown[1];
        if (!new FieldErrors(this).attempt(() -> result[0] = dashboard.tasksBehind(request, cell))) {
            return;
        }
        Dialog dialog = new Dialog(title + " · " + getTranslation("dashboard.drillDownCount", Formats.integer(result[0].count())));
        dialog.setWidth("min(70rem, 100vw)");
        Grid<TaskRow> grid = new Grid<>();
        grid.addColumn(TaskRow::id).setHeader(getTranslation("task.field.id")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(TaskRow::title).setHeader(getTranslation("task.field.title")).setFlexGrow(3);
        grid.addColumn(TaskRow::leadAgencyNameVi).setHeader(getTranslation("task.field.lead")).setFlexGrow(2);
        grid.addColumn(row -> Formats.date(row.deadline())).setHeader(getTranslation("task.field.deadline")).setAutoWidth(true);
        grid.addColumn(row -> getTranslation(row.status().messageKey())).setHeader(getTranslation("task.field.status")).setAutoWidth(true);
        grid.setItems(result[0].rows());
        dialog.add(grid);
        if (result[0].count() > result[0].rows().size()) {
            dialog.add(new Paragraph(getTranslation("dashboard.drillDownTruncated", Formats.integer(result[0].rows().size()))));
        }
        dialog.getFooter().add(new Button(getTranslation("action.close"), click -> dialog.close()));
        dialog.open();
    }

    private String rate(Counts counts) {
        return counts.planned() == 0 ? "—" : Formats.rate(counts.done(), counts.planned());
    }

    private String[] legend() {
        return new String[] {getTranslation(StatusBucket.DONE_ON_TIME.messageKey()), getTranslation(StatusBucket.DONE_LATE.messageKey()),
            getTranslation(StatusBucket.OPEN_IN_TIME.messageKey()), getTranslation(StatusBucket.OPEN_OVERDUE.messageKey())};
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.dashboard") + " · " + getTranslation("app.shortName");
    }
}
