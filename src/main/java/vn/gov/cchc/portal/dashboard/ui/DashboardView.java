package vn.gov.cchc.portal.dashboard.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
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
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.gov.cchc.portal.agency.AgencyGroup;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.common.ui.DatePickers;
import vn.gov.cchc.portal.common.ui.FieldErrors;
import vn.gov.cchc.portal.common.ui.PageTitles;
import vn.gov.cchc.portal.common.ui.Toolbars;
import vn.gov.cchc.portal.dashboard.DashboardFigures;
import vn.gov.cchc.portal.dashboard.DashboardLinks;
import vn.gov.cchc.portal.dashboard.DashboardRequest;
import vn.gov.cchc.portal.dashboard.DashboardService;
import vn.gov.cchc.portal.dashboard.Period;
import vn.gov.cchc.portal.security.CurrentUser;
import vn.gov.cchc.portal.session.SessionFilter;
import vn.gov.cchc.portal.session.SessionService;
import vn.gov.cchc.portal.session.SessionSummary;
import vn.gov.cchc.portal.task.DeadlineBasis;
import vn.gov.cchc.portal.task.StatusBucket;
import vn.gov.cchc.portal.task.TaskScope;
import vn.gov.cchc.portal.warning.AgencyRisk;
import vn.gov.cchc.portal.warning.RiskService;
import vn.gov.cchc.portal.warning.WarningLinks;

/**
 * Figures for a cut-off date and a period: cards per group and in total, the change since the previous session,
 * the reform areas, and the agencies' ranking. Every number opens the list of exactly the tasks behind it.
 * Query parameters {@code asOf}, {@code from}, {@code to} (ISO dates) make a view linkable.
 */
@Route(DashboardLinks.DASHBOARD)
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
    private final Checkbox includeOther = new Checkbox();
    private final Div content = new Div();
    /** The early warning, for the central readers (an agency user's own tasks at risk are on its home page). */
    private final @Nullable RiskService risks;
    /** The request whose figures the page shows, for the export (read on the download's thread). */
    private volatile DashboardRequest shown;

    DashboardView(DashboardService dashboard, SessionService sessions, RiskService risks, CurrentUser currentUser) {
        this.dashboard = dashboard;
        this.risks = currentUser.isCentralReader() ? risks : null;
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
        includeOther.setLabel(getTranslation("dashboard.includeOther"));
        includeOther.addClassName("include-other");
        Button show = new Button(getTranslation("dashboard.show"), click -> refresh());
        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout controls = Toolbars.of(session, asOf, from, to, basis, topN, includeOther, show,
                FigureExport.link(this, getLocale(), () -> shown, dashboard::figures));
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
        return new DashboardRequest(asOf.getValue(), period, basis.getValue(),
                includeOther.getValue() ? TaskScope.ALL : TaskScope.PLANS);
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
        shown = request;
        content.add(new Paragraph(getTranslation("dashboard.summary", Formats.date(request.asOf()),
                Formats.date(request.period().from()), Formats.date(request.period().to()),
                Formats.integer(figures.activeAgencies()))));
        DrillDowns drillDowns = new DrillDowns((title, ids) ->
                DrillDownDialog.open(this, title, ids, page -> dashboard.rows(request, page),
                        (page, first) -> dashboard.sheetRows(request, page, first)));
        if (figures.otherSources().planned() > 0) {
            String title = getTranslation("dashboard.otherSources.title");
            Paragraph other = new Paragraph(new Span(title + ": "),
                    drillDowns.link(figures.otherSources().planned(), title, () -> dashboard.tasksFromOtherSources(request)),
                    new Span(" " + getTranslation(request.scope() == TaskScope.ALL ? "dashboard.otherSources.included"
                            : "dashboard.otherSources.excluded", Formats.integer(figures.otherSources().done()))));
            other.addClassName("other-sources");
            content.add(other);
        }
        if (risks != null) {
            content.add(atRisk(request.asOf()));
        }
        if (figures.isEmpty()) {
            content.add(new Paragraph(getTranslation("dashboard.empty")));
            return;
        }
        content.add(new FigureCards(figures, drillDowns, cell -> dashboard.tasksBehind(request, cell)));
        if (figures.previousCutoff() != null) {
            content.add(new PreviousSessionComparison(figures, drillDowns,
                    cell -> dashboard.tasksDoneSince(request, cell, figures.previousCutoff())));
        }
        content.add(new H3(getTranslation("dashboard.byGroup")), StackedBars.render(List.of(
                new StackedBars.Row(getTranslation(AgencyGroup.MINISTRIES.messageKey()), figures.group(AgencyGroup.MINISTRIES)),
                new StackedBars.Row(getTranslation(AgencyGroup.PROVINCES.messageKey()), figures.group(AgencyGroup.PROVINCES))),
                getTranslation("dashboard.byGroup"), legend()));
        content.add(new AreaFigures(figures, drillDowns, cell -> dashboard.tasksBehind(request, cell), legend()));
        int n = topN.getValue() == null ? 5 : Math.max(1, Math.min(50, topN.getValue()));
        content.add(new AgencyRanking(figures, n, drillDowns, cell -> dashboard.tasksBehind(request, cell)));
    }

    private String[] legend() {
        return new String[] {getTranslation(StatusBucket.DONE_ON_TIME.messageKey()), getTranslation(StatusBucket.DONE_LATE.messageKey()),
            getTranslation(StatusBucket.OPEN_IN_TIME.messageKey()), getTranslation(StatusBucket.OPEN_OVERDUE.messageKey())};
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("nav.dashboard"));
    }

    /** "Tasks at risk as of …: n of the ministries, m of the provinces", opening the agencies' list of that day. */
    private Paragraph atRisk(LocalDate day) {
        List<AgencyRisk> rows = risks.byAgency(day);
        long ministries = rows.stream().filter(row -> row.group() == AgencyGroup.MINISTRIES).mapToLong(AgencyRisk::atRisk).sum();
        long provinces = rows.stream().filter(row -> row.group() == AgencyGroup.PROVINCES).mapToLong(AgencyRisk::atRisk).sum();
        Paragraph line = new Paragraph(new Span(getTranslation("dashboard.atRisk", Formats.date(day),
                Formats.integer(ministries), Formats.integer(provinces)) + " "),
                new Anchor(WarningLinks.atRisk(day), getTranslation("dashboard.atRisk.open")));
        line.addClassName("dashboard-at-risk");
        return line;
    }
}
