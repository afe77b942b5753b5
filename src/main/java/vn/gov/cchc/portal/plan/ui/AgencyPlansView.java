package vn.gov.cchc.portal.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.gov.cchc.portal.common.DocumentRef;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.common.ValidationException;
import vn.gov.cchc.portal.common.ui.DatePickers;
import vn.gov.cchc.portal.common.ui.Downloads;
import vn.gov.cchc.portal.common.ui.Messages;
import vn.gov.cchc.portal.common.ui.PageTitles;
import vn.gov.cchc.portal.common.ui.Toolbars;
import vn.gov.cchc.portal.plan.AgencyPlanService;
import vn.gov.cchc.portal.plan.PlanDraft;
import vn.gov.cchc.portal.plan.PlanLinks;
import vn.gov.cchc.portal.plan.PlanRecord;
import vn.gov.cchc.portal.plan.PlanState;
import vn.gov.cchc.portal.security.CurrentUser;
import vn.gov.cchc.portal.security.Role;
import vn.gov.cchc.portal.security.Roles;
import vn.gov.cchc.portal.spreadsheet.RowProblemGrid;
import vn.gov.cchc.portal.spreadsheet.SpreadsheetUpload;
import vn.gov.cchc.portal.task.PlanAction;
import vn.gov.cchc.portal.task.PlanLinesGrid;
import vn.gov.cchc.portal.task.PlanPreview;

/**
 * The agency's annual reform plans: its plan documents with where each stands; the plan file uploaded and
 * previewed (every row read or refused with why), saved as the draft of the year's plan or of an amendment; the
 * leader submits a draft to the secretariat.
 */
@Route(PlanLinks.AGENCY_PLANS)
@RolesAllowed({Roles.AGENCY_LEADER, Roles.AGENCY_OFFICER})
@Menu(order = 14, icon = "vaadin:calendar-briefcase", title = "nav.agencyPlans")
class AgencyPlansView extends Main implements HasDynamicTitle {

    private final AgencyPlanService plans;
    private final boolean leader;
    private final Grid<PlanRecord> documents = new Grid<>();
    private final Select<Integer> year = new Select<>();
    private final RadioButtonGroup<Boolean> kind = new RadioButtonGroup<>();
    private final TextArea summaryText = new TextArea();
    private final TextField docNumber = new TextField();
    private final DatePicker docDate;
    private final TextField docSigner = new TextField();
    private final Paragraph due = new Paragraph();
    private final Div outcome = new Div();
    private final H3 problemsTitle = new H3();
    private final RowProblemGrid problems = new RowProblemGrid();
    private final PlanLinesGrid lines = new PlanLinesGrid();
    private final Button save = new Button();
    /** The preview read on the upload's request, shown once the UI is locked. */
    private volatile @Nullable PlanPreview read;
    private @Nullable PlanPreview shown;

    AgencyPlansView(AgencyPlanService plans, CurrentUser currentUser, Clock clock) {
        this.plans = plans;
        this.leader = currentUser.has(Role.AGENCY_LEADER);
        this.docDate = DatePickers.create("plan.document.date", this);
        docDate.setMax(PortalTime.today(clock));
        addClassName("agency-plans-view");
        add(new H2(getTranslation("nav.agencyPlans")), new Paragraph(getTranslation("plan.agency.intro")));
        configureDocuments();
        add(documents);
        int thisYear = PortalTime.today(clock).getYear();
        year.setLabel(getTranslation("plan.field.year"));
        year.setItems(thisYear + 1, thisYear);
        year.setValue(thisYear + 1);
        year.addValueChangeListener(change -> showDue());
        kind.setLabel(getTranslation("plan.field.kind"));
        kind.setItems(false, true);
        kind.setItemLabelGenerator(amendment -> getTranslation(amendment ? "plan.kind.amendmentNew" : "plan.kind.planNew"));
        kind.setValue(false);
        summaryText.setLabel(getTranslation("plan.field.summary"));
        summaryText.setHelperText(getTranslation("plan.field.summaryHelper"));
        summaryText.setMaxLength(2000);
        summaryText.setWidthFull();
        summaryText.setVisible(false);
        kind.addValueChangeListener(change -> summaryText.setVisible(Boolean.TRUE.equals(change.getValue())));
        docNumber.setLabel(getTranslation("plan.document.number"));
        docNumber.setPlaceholder("301/KH-UBND");
        docNumber.setMaxLength(64);
        docNumber.setHelperText(getTranslation("plan.document.helper"));
        docSigner.setLabel(getTranslation("plan.document.signer"));
        docSigner.setMaxLength(255);
        HorizontalLayout choice = Toolbars.of(year, kind);
        HorizontalLayout document = Toolbars.of(docNumber, docDate, docSigner);
        document.addClassName("plan-document");
        save.setIcon(VaadinIcon.CHECK.create());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(click -> save());
        outcome.addClassName("plan-summary");
        problemsTitle.setText(getTranslation("plan.import.problems"));
        add(new H3(getTranslation("plan.agency.upload")), due, choice, summaryText, document,
                SpreadsheetUpload.field(file -> read = plans.preview(year.getValue(), file, typed()), () -> show(read)),
                outcome, save, problemsTitle, problems, lines);
        showDue();
        refresh();
        show(null);
    }

    private void configureDocuments() {
        documents.addClassName("agency-plan-documents");
        documents.addColumn(PlanRecord::year).setHeader(getTranslation("plan.field.year")).setAutoWidth(true).setFlexGrow(0);
        documents.addColumn(plan -> PlanTexts.kind(this, plan)).setHeader(getTranslation("plan.field.kind")).setAutoWidth(true);
        documents.addColumn(plan -> PlanTexts.document(this, plan)).setHeader(getTranslation("plan.field.document")).setFlexGrow(2);
        documents.addColumn(plan -> Formats.integer(plan.state() == PlanState.RECEIVED ? plan.taskCount() : plan.rowCount()))
                .setHeader(getTranslation("plan.field.tasks")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        documents.addColumn(plan -> PlanTexts.state(this, plan)).setHeader(getTranslation("plan.field.state")).setAutoWidth(true);
        documents.addColumn(plan -> plan.state() == PlanState.RETURNED && plan.returnReason() != null
                ? getTranslation("plan.returnedBecause", plan.returnReason()) : plan.summary() == null ? "" : plan.summary())
                .setHeader(getTranslation("plan.field.note")).setFlexGrow(3);
        documents.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        documents.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        documents.setEmptyStateText(getTranslation("plan.agency.none"));
        documents.setAllRowsVisible(true);
    }

    private HorizontalLayout actions(PlanRecord plan) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (plan.state() != PlanState.RECEIVED) {
            actions.add(new Button(getTranslation("plan.action.view"), click -> show(plans.lines(plan.id()))));
        }
        if (plan.state().editable()) {
            actions.add(new Button(getTranslation("plan.action.attachSigned"), click -> new SignedFileDialog(plans, plan,
                    this::refresh).open()));
        }
        if (plan.signedFileName() != null) {
            actions.add(Downloads.link(getTranslation("plan.action.signedFile"), () -> plans.signedFile(plan.id())));
        }
        if (leader && plan.state() == PlanState.DRAFT) {
            Button submit = new Button(getTranslation("plan.action.submit"), click -> submit(plan));
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(submit);
        }
        return actions;
    }

    private void showDue() {
        due.setText(plans.dueOn(year.getValue()).map(day -> getTranslation("plan.agency.dueOn", String.valueOf(year.getValue()), Formats.date(day)))
                .orElse(getTranslation("plan.agency.noDue", String.valueOf(year.getValue()))));
    }

    private DocumentRef typed() {
        return new DocumentRef(docNumber.getValue(), docDate.getValue(), docSigner.getValue());
    }

    private void refresh() {
        documents.setItems(plans.myPlans());
    }

    private void show(@Nullable PlanPreview preview) {
        shown = preview;
        boolean any = preview != null;
        outcome.setText(any ? getTranslation("plan.agency.read", preview.fileName(), Formats.integer(preview.count(PlanAction.CREATE)),
                Formats.integer(preview.problems().size())) : "");
        if (any && !preview.problems().isEmpty()) {
            outcome.add(new Paragraph(getTranslation("plan.import.fixAndRetry")));
        }
        problemsTitle.setVisible(any && !preview.problems().isEmpty());
        problems.setVisible(problemsTitle.isVisible());
        problems.setItems(any ? preview.problems() : List.of());
        lines.setVisible(any && !preview.lines().isEmpty());
        lines.setItems(any ? preview.lines() : List.of());
        save.setText(getTranslation("plan.action.saveDraft", Formats.integer(any ? preview.count(PlanAction.CREATE) : 0)));
        save.setVisible(any && preview.problems().isEmpty() && preview.count(PlanAction.CREATE) > 0 && read == preview);
        save.setEnabled(true);
    }

    private void save() {
        PlanPreview preview = shown;
        if (preview == null) {
            return;
        }
        try {
            PlanRecord saved = plans.saveDraft(new PlanDraft(year.getValue(), Boolean.TRUE.equals(kind.getValue()),
                    summaryText.getValue(), preview));
            Messages.success(this, "plan.agency.saved", PlanTexts.kind(this, saved), String.valueOf(saved.year()), Formats.integer(saved.rowCount()));
            read = null;
            show(null);
            refresh();
        } catch (ValidationException refused) {
            if ("summary".equals(refused.field())) {
                Messages.error(this, refused, summaryText);
            } else if ("documentDate".equals(refused.field())) {
                Messages.error(this, refused, docDate);
            } else {
                Messages.error(this, refused);
            }
            save.setEnabled(true);
        }
    }

    private void submit(PlanRecord plan) {
        try {
            PlanRecord sent = plans.submit(plan.id(), plan.version());
            Messages.success(this, "plan.agency.submitted", PlanTexts.kind(this, sent), String.valueOf(sent.year()));
        } catch (ValidationException refused) {
            Messages.error(this, refused);
        }
        refresh();
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("nav.agencyPlans"));
    }
}
