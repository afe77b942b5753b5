package vn.gov.cchc.portal.warning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.gov.cchc.portal.agency.AgencyGroup;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.common.ui.DatePickers;
import vn.gov.cchc.portal.common.ui.FieldErrors;
import vn.gov.cchc.portal.common.ui.Messages;
import vn.gov.cchc.portal.common.ui.PageTitles;
import vn.gov.cchc.portal.common.ui.Toolbars;
import vn.gov.cchc.portal.security.CurrentUser;
import vn.gov.cchc.portal.security.Roles;
import vn.gov.cchc.portal.task.TaskLinks;
import vn.gov.cchc.portal.warning.AgencyRisk;
import vn.gov.cchc.portal.warning.RiskReasons;
import vn.gov.cchc.portal.warning.RiskService;
import vn.gov.cchc.portal.warning.TaskAtRisk;
import vn.gov.cchc.portal.warning.WarningLinks;
import vn.gov.cchc.portal.warning.internal.AtRiskMark;

/**
 * The agencies with tasks at risk of being late as of a day, the most first, each number opening exactly its tasks
 * with why each is at risk; the secretariat reminds an agency of one of them from here.
 */
@Route(WarningLinks.AT_RISK)
@RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT, Roles.COMMITTEE_MEMBER})
@Menu(order = 21, icon = "vaadin:warning", title = "nav.warnings")
class RiskView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final RiskService risks;
    private final boolean canRemind;
    private final LocalDate today;
    private final DatePicker asOf;
    private final Div totals = new Div();
    private final Grid<AgencyRisk> agencies = new Grid<>();
    private final H3 tasksHeading = new H3();
    private final Grid<TaskAtRisk> tasks = new Grid<>();
    private @Nullable AgencyRisk shown;
    /** The task grid filtered "at risk" on the day shown. */
    private final Anchor inTaskList = new Anchor();

    RiskView(RiskService risks, CurrentUser currentUser, Clock clock) {
        this.risks = risks;
        this.canRemind = currentUser.isSecretariatOrAdmin();
        this.today = PortalTime.today(clock);
        addClassName("risk-view");
        asOf = DatePickers.create("warning.asOf", this);
        asOf.setMax(today);
        asOf.setValue(today);
        asOf.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                shown = null;
                refresh();
            }
        });
        configureAgencies();
        configureTasks();
        inTaskList.setText(getTranslation("warning.openInTaskList"));
        add(new H2(getTranslation("nav.warnings")), new Paragraph(getTranslation("warning.intro")), Toolbars.of(asOf, inTaskList),
                totals, agencies, tasksHeading, tasks);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        first(parameters, "date").flatMap(RiskView::date).filter(date -> !date.isAfter(today)).ifPresent(asOf::setValue);
        refresh();
        first(parameters, "agency").flatMap(RiskView::number).flatMap(id -> agencies.getListDataView().getItems()
                .filter(row -> row.agencyId() == id).findFirst()).ifPresent(this::showTasks);
    }

    private void configureAgencies() {
        agencies.addColumn(row -> row.agency().in(getLocale())).setHeader(getTranslation("warning.col.agency")).setFlexGrow(3);
        agencies.addColumn(row -> getTranslation(row.group().messageKey())).setHeader(getTranslation("warning.col.group"))
                .setAutoWidth(true);
        agencies.addColumn(row -> Formats.integer(row.open())).setHeader(getTranslation("warning.col.open")).setAutoWidth(true);
        agencies.addComponentColumn(row -> {
            Button number = new Button(Formats.integer(row.atRisk()), click -> showTasks(row));
            number.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            number.addClassName("risk-number");
            number.setEnabled(row.atRisk() > 0);
            number.getElement().setAttribute("aria-label", getTranslation("warning.tasksOf", row.agency().in(getLocale()),
                    Formats.integer(row.atRisk())));
            return number;
        }).setHeader(getTranslation("warning.col.atRisk")).setAutoWidth(true);
        agencies.addThemeVariants(GridVariant.LUMO_COMPACT);
        agencies.addClassName("risk-agencies");
        agencies.setAllRowsVisible(true);
    }

    private void configureTasks() {
        tasks.addComponentColumn(row -> new Anchor(TaskLinks.secretariat(row.task().taskId()), row.task().title()))
                .setHeader(getTranslation("warning.col.task")).setFlexGrow(3);
        tasks.addColumn(row -> Formats.date(row.task().deadline())).setHeader(getTranslation("warning.col.deadline"))
                .setAutoWidth(true);
        tasks.addColumn(row -> RiskReasons.of(row.signals(), getLocale())).setHeader(getTranslation("warning.col.reasons"))
                .setFlexGrow(4);
        if (canRemind) {
            tasks.addComponentColumn(row -> {
                Button remind = new Button(getTranslation("warning.remind"), click -> remind(row));
                remind.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                remind.getElement().setAttribute("aria-label", getTranslation("warning.remindTask", row.task().title()));
                remind.setVisible(today.equals(asOf.getValue()));
                return remind;
            }).setAutoWidth(true).setFlexGrow(0);
        }
        tasks.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        tasks.addClassName("risk-tasks");
        tasks.setAllRowsVisible(true);
        tasks.setVisible(false);
        tasksHeading.setVisible(false);
    }

    private void refresh() {
        inTaskList.setHref(TaskLinks.marked(AtRiskMark.KEY, asOf.getValue() == null ? today : asOf.getValue()));
        List<AgencyRisk> rows = risks.byAgency(asOf.getValue());
        agencies.setItems(rows);
        totals.removeAll();
        Map<AgencyGroup, List<AgencyRisk>> byGroup = rows.stream().collect(Collectors.groupingBy(AgencyRisk::group));
        for (AgencyGroup group : AgencyGroup.values()) {
            List<AgencyRisk> members = byGroup.getOrDefault(group, List.of());
            Paragraph total = new Paragraph(getTranslation("warning.groupTotal", getTranslation(group.messageKey()),
                    Formats.integer(members.stream().mapToInt(AgencyRisk::atRisk).sum()),
                    Formats.integer(members.stream().mapToInt(AgencyRisk::open).sum()), Formats.integer(members.size())));
            total.addClassName("risk-group-total");
            totals.add(total);
        }
        tasks.setVisible(false);
        tasksHeading.setVisible(false);
    }

    private void showTasks(AgencyRisk row) {
        shown = row;
        List<TaskAtRisk> rows = risks.atRisk(asOf.getValue(), row.agencyId());
        tasksHeading.setText(getTranslation("warning.tasksOf", row.agency().in(getLocale()), Formats.integer(rows.size())));
        tasks.setItems(rows);
        tasks.setVisible(true);
        tasksHeading.setVisible(true);
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, WarningLinks.atRisk(asOf.getValue(), row.agencyId())));
    }

    private void remind(TaskAtRisk row) {
        if (new FieldErrors(this).attempt(() -> risks.remind(row.task().taskId()))) {
            Messages.success(this, "warning.reminded", row.task().agency() == null ? "" : row.task().agency().in(getLocale()));
        }
    }

    private static Optional<String> first(Map<String, List<String>> parameters, String name) {
        return parameters.getOrDefault(name, List.of()).stream().findFirst();
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<Long> number(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("nav.warnings"));
    }
}
