package vn.gov.cchc.portal.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.common.ValidationException;
import vn.gov.cchc.portal.common.ui.Badges;
import vn.gov.cchc.portal.common.ui.DatePickers;
import vn.gov.cchc.portal.common.ui.Messages;
import vn.gov.cchc.portal.common.ui.PageTitles;
import vn.gov.cchc.portal.plan.AgencyPlanStatus;
import vn.gov.cchc.portal.plan.PlanDeskService;
import vn.gov.cchc.portal.plan.PlanLinks;
import vn.gov.cchc.portal.plan.PlanRecord;
import vn.gov.cchc.portal.plan.PlanState;
import vn.gov.cchc.portal.plan.YearPlans;
import vn.gov.cchc.portal.security.Roles;

/**
 * Every agency's plans of a year, for the secretariat: by when they are due, which came (and late), how many tasks
 * each set out, its amendments; a submitted plan or amendment is read row by row and received or returned.
 */
@Route(PlanLinks.PLANS)
@RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
@Menu(order = 19, icon = "vaadin:calendar-briefcase", title = "nav.plans")
class PlanDeskView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    private static final int FIRST_YEAR = 2022;

    private final PlanDeskService desk;
    private final Select<Integer> year = new Select<>();
    private final DatePicker dueOn;
    private final Paragraph counts = new Paragraph();
    private final Grid<AgencyPlanStatus> grid = new Grid<>();
    private final Select<Showing> showing = new Select<>();

    /** Which agencies the list shows. */
    enum Showing {
        ALL,
        WAITING,
        NOT_SUBMITTED,
        LATE;

        boolean shows(AgencyPlanStatus status) {
            return switch (this) {
                case ALL -> true;
                case WAITING -> Stream.concat(Stream.ofNullable(status.plan()), status.amendments().stream())
                        .anyMatch(plan -> plan.state() == PlanState.SUBMITTED);
                case NOT_SUBMITTED -> status.plan() == null || status.plan().state() == PlanState.RETURNED;
                case LATE -> status.late();
            };
        }

        String messageKey() {
            return "plan.showing." + name();
        }
    }

    PlanDeskView(PlanDeskService desk, Clock clock) {
        this.desk = desk;
        this.dueOn = DatePickers.create("plan.field.dueOn", this);
        addClassName("plan-desk-view");
        int next = PortalTime.today(clock).getYear() + 1;
        year.setLabel(getTranslation("plan.field.year"));
        year.setItems(IntStream.iterate(next, y -> y >= FIRST_YEAR, y -> y - 1).boxed().toList());
        year.setValue(next);
        year.addValueChangeListener(change -> refresh());
        Button setDue = new Button(getTranslation("plan.action.setDue"), click -> setDue());
        showing.setLabel(getTranslation("plan.field.showing"));
        showing.setItems(Showing.values());
        showing.setItemLabelGenerator(item -> getTranslation(item.messageKey()));
        showing.setValue(Showing.ALL);
        showing.addValueChangeListener(change -> refresh());
        HorizontalLayout top = new HorizontalLayout(year, dueOn, setDue, showing);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        configureGrid();
        counts.addClassName("plan-counts");
        add(new H2(getTranslation("nav.plans")), new Paragraph(getTranslation("plan.desk.intro")), top, counts, grid);
        refresh();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("year").flatMap(PlanDeskView::number)
                .filter(y -> year.getListDataView().contains(y))
                .ifPresent(year::setValue);
    }

    private static Optional<Integer> number(String text) {
        try {
            return Optional.of(Integer.parseInt(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private void configureGrid() {
        grid.addClassName("plan-desk");
        grid.addColumn(status -> status.agency().nameVi()).setHeader(getTranslation("plan.field.agency")).setFlexGrow(2);
        grid.addColumn(status -> status.plan() == null ? "" : PlanTexts.document(this, status.plan()))
                .setHeader(getTranslation("plan.field.document")).setFlexGrow(2);
        grid.addComponentColumn(this::state).setHeader(getTranslation("plan.field.state")).setAutoWidth(true);
        grid.addColumn(status -> status.plan() == null || status.plan().submittedAt() == null ? ""
                : Formats.date(status.plan().submittedAt().atZone(PortalTime.ZONE).toLocalDate()))
                .setHeader(getTranslation("plan.field.submittedOn")).setAutoWidth(true);
        grid.addColumn(status -> Formats.integer(status.taskCount())).setHeader(getTranslation("plan.field.tasks"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(status -> status.amendments().isEmpty() ? "" : Formats.integer(status.amendments().size()))
                .setHeader(getTranslation("plan.field.amendments")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
    }

    private Span state(AgencyPlanStatus status) {
        Span state = new Span(status.plan() == null ? getTranslation("plan.state.NONE") : PlanTexts.state(this, status.plan()));
        Badges.styled(state, "badge");
        if (status.plan() != null && status.plan().state() == PlanState.RECEIVED) {
            state.getElement().getThemeList().add("success");
        }
        if (status.late()) {
            state.setText(state.getText() + " · " + getTranslation("plan.late"));
            state.getElement().getThemeList().add("error");
        }
        return state;
    }

    /** A button for each document waiting for the secretariat: the plan or an amendment. */
    private HorizontalLayout actions(AgencyPlanStatus status) {
        HorizontalLayout actions = new HorizontalLayout();
        Stream.concat(Stream.ofNullable(status.plan()), status.amendments().stream())
                .filter(plan -> plan.state() == PlanState.SUBMITTED)
                .forEach(plan -> {
                    Button open = new Button(getTranslation("plan.action.review", PlanTexts.kind(this, plan)),
                            click -> new ReceiveDialog(desk, plan, this::refresh).open());
                    open.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
                    actions.add(open);
                });
        return actions;
    }

    private void setDue() {
        try {
            desk.setDue(year.getValue(), dueOn.getValue());
            Messages.success(this, "plan.desk.dueSaved", String.valueOf(year.getValue()), Formats.date(dueOn.getValue()));
            refresh();
        } catch (ValidationException refused) {
            Messages.error(this, refused, dueOn);
        }
    }

    private void refresh() {
        YearPlans plans = desk.year(year.getValue());
        dueOn.setValue(plans.dueOn());
        dueOn.setInvalid(false);
        List<AgencyPlanStatus> rows = plans.agencies();
        counts.setText(getTranslation("plan.desk.counts", String.valueOf(plans.year()), Formats.integer(plans.submitted()),
                Formats.integer(rows.size()), Formats.integer(plans.count(PlanState.RECEIVED)),
                Formats.integer(rows.stream().filter(AgencyPlanStatus::late).count()),
                Formats.integer(rows.stream().mapToInt(AgencyPlanStatus::taskCount).sum())));
        grid.setItems(rows.stream().filter(showing.getValue()::shows).toList());
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("nav.plans"));
    }
}
