package vn.gov.cchc.portal.inspection.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.gov.cchc.portal.agency.AgencyFilter;
import vn.gov.cchc.portal.agency.AgencyService;
import vn.gov.cchc.portal.agency.AgencySummary;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.common.ui.DatePickers;
import vn.gov.cchc.portal.common.ui.Dialogs;
import vn.gov.cchc.portal.common.ui.FieldErrors;
import vn.gov.cchc.portal.common.ui.Messages;
import vn.gov.cchc.portal.common.ui.PageTitles;
import vn.gov.cchc.portal.common.ui.Toolbars;
import vn.gov.cchc.portal.inspection.InspectionDraft;
import vn.gov.cchc.portal.inspection.InspectionLinks;
import vn.gov.cchc.portal.inspection.InspectionPlanService;
import vn.gov.cchc.portal.inspection.InspectionSummary;
import vn.gov.cchc.portal.inspection.PlanDraft;
import vn.gov.cchc.portal.inspection.PlanSummary;
import vn.gov.cchc.portal.security.CurrentUser;
import vn.gov.cchc.portal.security.Roles;
import vn.gov.cchc.portal.task.ReformArea;

/**
 * The year's inspection plan: its decision, how many inspections are planned and concluded, each inspection with
 * its agency, month, areas, lead unit and state (a row opens it). The secretariat records a plan and adds inspections.
 */
@Route(InspectionLinks.PLANS)
@RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT, Roles.COMMITTEE_MEMBER})
@Menu(order = 35, icon = "vaadin:search", title = "nav.inspections")
class InspectionPlansView extends Main implements HasDynamicTitle {

    private final InspectionPlanService plans;
    private final AgencyService agencies;
    private final Clock clock;
    private final boolean editor;
    private final ComboBox<PlanSummary> plan = new ComboBox<>();
    private final Paragraph decision = new Paragraph();
    private final Grid<InspectionSummary> grid = new Grid<>();
    private final Button addInspection = new Button();

    InspectionPlansView(InspectionPlanService plans, AgencyService agencies, CurrentUser currentUser, Clock clock) {
        this.plans = plans;
        this.agencies = agencies;
        this.clock = clock;
        this.editor = currentUser.isSecretariatOrAdmin();
        addClassName("inspection-plans-view");
        plan.setLabel(getTranslation("inspection.plan.year"));
        plan.setItemLabelGenerator(summary -> String.valueOf(summary.year()));
        plan.setWidth("10em");
        plan.addValueChangeListener(event -> show(event.getValue()));
        decision.addClassName("inspection-plan-decision");
        grid.addColumn(i -> Formats.integer(i.plannedMonth())).setHeader(getTranslation("inspection.field.month")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(i -> i.agency().in(getLocale())).setHeader(getTranslation("inspection.field.agency")).setFlexGrow(2);
        grid.addColumn(i -> i.areas().stream().sorted().map(area -> getTranslation(area.messageKey())).collect(Collectors.joining("; ")))
                .setHeader(getTranslation("inspection.field.areas")).setFlexGrow(3);
        grid.addColumn(InspectionSummary::leadUnit).setHeader(getTranslation("inspection.field.leadUnit")).setFlexGrow(2);
        grid.addColumn(i -> getTranslation(i.state().messageKey())).setHeader(getTranslation("inspection.field.state")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setHeight("60vh");
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(InspectionView.class, click.getItem().id())));
        Button newPlan = new Button(getTranslation("inspection.plan.new"), VaadinIcon.PLUS.create(), click -> planDialog());
        newPlan.setVisible(editor);
        addInspection.setText(getTranslation("inspection.add"));
        addInspection.setIcon(VaadinIcon.PLUS_CIRCLE.create());
        addInspection.addClickListener(click -> inspectionDialog());
        addInspection.setVisible(false);
        RouterLink overviewLink = new RouterLink(getTranslation("inspection.overview"),
                InspectionOverviewView.class);
        HorizontalLayout toolbar = Toolbars.of(plan, newPlan, addInspection, overviewLink);
        add(new H2(getTranslation("nav.inspections")), toolbar, decision, grid);
        refresh(null);
    }

    private void refresh(@Nullable Integer year) {
        List<PlanSummary> all = plans.plans();
        plan.setItems(all);
        if (all.isEmpty()) {
            decision.setText(getTranslation("inspection.plan.none"));
            return;
        }
        plan.setValue(all.stream().filter(p -> year != null && p.year() == year).findFirst().orElse(all.getFirst()));
    }

    private void show(@Nullable PlanSummary shown) {
        addInspection.setVisible(editor && shown != null);
        if (shown == null) {
            grid.setItems(List.of());
            return;
        }
        decision.setText(getTranslation("inspection.plan.decision", shown.title(), shown.decisionNumber(),
                Formats.date(shown.decisionDate()), shown.signer(), Formats.integer(shown.planned()), Formats.integer(shown.concluded()),
                Formats.integer(shown.cancelled())));
        grid.setItems(plans.inspections(shown.id()));
    }

    private void planDialog() {
        Dialog dialog = new Dialog(getTranslation("inspection.plan.new"));
        dialog.setWidth("min(40rem, 100vw)");
        IntegerField year = new IntegerField(getTranslation("inspection.plan.year"));
        year.setValue(PortalTime.today(clock).getYear() + 1);
        TextField title = new TextField(getTranslation("inspection.plan.title"));
        title.setMaxLength(500);
        TextField number = new TextField(getTranslation("inspection.plan.decisionNumber"));
        number.setMaxLength(64);
        number.setPlaceholder("12/QĐ-BCĐCCHC");
        DatePicker date = DatePickers.create("inspection.plan.decisionDate", this);
        TextField signer = new TextField(getTranslation("inspection.plan.signer"));
        signer.setMaxLength(255);
        FormLayout form = new FormLayout(year, number, title, date, signer);
        form.setColspan(title, 2);
        dialog.add(form);
        Dialogs.footer(dialog, "action.save", () -> {
            int[] created = new int[1];
            boolean ok = new FieldErrors(this).bind("year", year).bind("title", title).bind("decisionNumber", number)
                    .bind("decisionDate", date).bind("signer", signer).attempt(() -> {
                        plans.createPlan(new PlanDraft(year.getValue() == null ? 0 : year.getValue(), title.getValue(),
                                number.getValue(), date.getValue(), signer.getValue()));
                        created[0] = year.getValue();
                    });
            if (ok) {
                Messages.success(this, "inspection.plan.saved");
                refresh(created[0]);
            }
            return ok;
        });
        dialog.open();
    }

    private void inspectionDialog() {
        PlanSummary shown = plan.getValue();
        if (shown == null) {
            return;
        }
        Dialog dialog = new Dialog(getTranslation("inspection.add"));
        dialog.setWidth("min(44rem, 100vw)");
        ComboBox<AgencySummary> agency = new ComboBox<>(getTranslation("inspection.field.agency"));
        agency.setItems(agencies.list(AgencyFilter.all()).stream()
                .filter(a -> a.activeOn(LocalDate.of(shown.year(), 12, 31)) || a.activeOn(LocalDate.of(shown.year(), 1, 1)))
                .sorted(Comparator.comparing(AgencySummary::nameVi)).toList());
        agency.setItemLabelGenerator(a -> a.name(getLocale()));
        IntegerField month = new IntegerField(getTranslation("inspection.field.month"));
        month.setMin(1);
        month.setMax(12);
        CheckboxGroup<ReformArea> areas = new CheckboxGroup<>(getTranslation("inspection.field.areas"));
        areas.setItems(ReformArea.values());
        areas.setItemLabelGenerator(area -> getTranslation(area.messageKey()));
        TextArea topics = new TextArea(getTranslation("inspection.field.topics"));
        topics.setMaxLength(2000);
        TextField leadUnit = new TextField(getTranslation("inspection.field.leadUnit"));
        leadUnit.setMaxLength(255);
        leadUnit.setValue(getTranslation("inspection.defaultLeadUnit"));
        FormLayout form = new FormLayout(agency, month, areas, topics, leadUnit);
        form.setColspan(areas, 2);
        form.setColspan(topics, 2);
        form.setColspan(leadUnit, 2);
        dialog.add(form);
        Dialogs.footer(dialog, "action.save", () -> {
            if (agency.getValue() == null) {
                agency.setErrorMessage(getTranslation("validation.required"));
                agency.setInvalid(true);
                return false;
            }
            boolean ok = new FieldErrors(this).bind("agency", agency).bind("plannedMonth", month).bind("areas", areas)
                    .bind("topics", topics).bind("leadUnit", leadUnit).attempt(() -> plans.addInspection(shown.id(),
                            new InspectionDraft(agency.getValue().id(), month.getValue() == null ? 0 : month.getValue(),
                                    areas.getValue(), topics.getValue(), leadUnit.getValue())));
            if (ok) {
                Messages.success(this, "inspection.added");
                refresh(shown.year());
            }
            return ok;
        });
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("nav.inspections"));
    }
}
