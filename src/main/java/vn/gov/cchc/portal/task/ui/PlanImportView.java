package vn.gov.cchc.portal.task.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import vn.gov.cchc.portal.agency.AgencyFilter;
import vn.gov.cchc.portal.agency.AgencyService;
import vn.gov.cchc.portal.common.DocumentRef;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.common.ui.DatePickers;
import vn.gov.cchc.portal.common.ui.Messages;
import vn.gov.cchc.portal.common.ui.PageTitles;
import vn.gov.cchc.portal.common.ui.UiLocale;
import vn.gov.cchc.portal.security.Roles;
import vn.gov.cchc.portal.spreadsheet.ExportLink;
import vn.gov.cchc.portal.spreadsheet.RowProblemGrid;
import vn.gov.cchc.portal.spreadsheet.SpreadsheetUpload;
import vn.gov.cchc.portal.task.PlanAction;
import vn.gov.cchc.portal.task.PlanImportService;
import vn.gov.cchc.portal.task.PlanLinesGrid;
import vn.gov.cchc.portal.task.PlanPreview;
import vn.gov.cchc.portal.task.ReformArea;
import vn.gov.cchc.portal.task.TaskLinks;

/**
 * The yearly plan from a spreadsheet: download the template, upload the filled file, read the preview (what each
 * row will do, and every problem with its row and column), fix the file and upload it again, then confirm. Nothing
 * is saved before the confirmation, and then everything at once.
 */
@Route(TaskLinks.PLAN_IMPORT)
@RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
class PlanImportView extends Main implements HasDynamicTitle {

    private static final int PLAN_HELP_LINES = 8;

    private final PlanImportService imports;
    private final Div summary = new Div();
    private final RowProblemGrid problems = new RowProblemGrid();
    private final PlanLinesGrid lines = new PlanLinesGrid();
    private final H3 problemsTitle = new H3();
    private final H3 linesTitle = new H3();
    private final Button confirm = new Button();
    /** The preview read on the upload's request, shown once the UI is locked. */
    private volatile PlanPreview read;
    private PlanPreview shown;
    private final TextField docNumber = new TextField(getTranslation("plan.document.number"));
    private final DatePicker docDate = DatePickers.create("plan.document.date", this);
    private final TextField docSigner = new TextField(getTranslation("plan.document.signer"));

    PlanImportView(PlanImportService imports, AgencyService agencies) {
        this.imports = imports;
        addClassName("plan-import-view");
        add(new H2(getTranslation("plan.import.title")), new Paragraph(getTranslation("plan.import.intro")));
        HorizontalLayout top = new HorizontalLayout(template(agencies),
                new RouterLink(getTranslation("plan.import.backToTasks"), TaskListView.class));
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        docNumber.setPlaceholder("301/KH-UBND");
        docNumber.setMaxLength(64);
        docSigner.setMaxLength(255);
        docNumber.setHelperText(getTranslation("plan.document.helper"));
        HorizontalLayout document = new HorizontalLayout(docNumber, docDate, docSigner);
        document.setAlignItems(FlexComponent.Alignment.BASELINE);
        document.addClassName("plan-document");
        add(top, document, SpreadsheetUpload.field(file -> read = imports.preview(file, new DocumentRef(docNumber.getValue(),
                docDate.getValue(), docSigner.getValue())), () -> show(read)));
        summary.addClassName("plan-summary");
        confirm.setIcon(VaadinIcon.CHECK.create());
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setDisableOnClick(true);
        confirm.addClickListener(click -> confirm());
        add(summary, confirm, problemsTitle, problems, linesTitle, lines);
        show(null);
    }

    /** The template, with the lists of areas and of the agencies active today (a Vietnamese file). */
    private Anchor template(AgencyService agencies) {
        PlanTemplate.Texts texts = new PlanTemplate.Texts(
                Arrays.stream(ReformArea.values()).map(area -> vietnamese(area.messageKey())).toList(),
                IntStream.rangeClosed(1, PLAN_HELP_LINES).mapToObj(line -> vietnamese("plan.help." + line)).toList(),
                vietnamese("plan.hint.date"), vietnamese("plan.hint.list"));
        return ExportLink.workbook(getTranslation("plan.template"), VaadinIcon.FILE_TABLE, () -> "mau-ke-hoach-cai-cach-hanh-chinh",
                out -> PlanTemplate.write(out, agencies.list(new AgencyFilter(null, null, LocalDate.now(PortalTime.ZONE), null)), texts));
    }

    private String vietnamese(String key) {
        return getTranslation(UiLocale.VIETNAMESE, key);
    }

    private void show(PlanPreview preview) {
        shown = preview;
        boolean any = preview != null;
        summary.setText(any ? getTranslation("plan.import.summary", preview.fileName(),
                Formats.integer(preview.count(PlanAction.CREATE)), Formats.integer(preview.count(PlanAction.UPDATE)),
                Formats.integer(preview.count(PlanAction.UNCHANGED)), Formats.integer(preview.problems().size())) : "");
        if (any && !preview.problems().isEmpty()) {
            summary.add(new Paragraph(getTranslation("plan.import.fixAndRetry")));
        } else if (any && !preview.confirmable()) {
            summary.add(new Paragraph(getTranslation("plan.import.nothingToDo")));
        }
        problemsTitle.setText(getTranslation("plan.import.problems"));
        problemsTitle.setVisible(any && !preview.problems().isEmpty());
        problems.setVisible(problemsTitle.isVisible());
        problems.setItems(any ? preview.problems() : List.of());
        linesTitle.setText(getTranslation("plan.import.lines"));
        linesTitle.setVisible(any && !preview.lines().isEmpty());
        lines.setVisible(linesTitle.isVisible());
        lines.setItems(any ? preview.lines() : List.of());
        confirm.setText(getTranslation("plan.import.confirm", Formats.integer(any
                ? preview.count(PlanAction.CREATE) + preview.count(PlanAction.UPDATE) : 0)));
        confirm.setVisible(any && preview.confirmable());
        confirm.setEnabled(true);
    }

    private void confirm() {
        PlanPreview done = imports.confirm(shown);
        if (!done.problems().isEmpty()) {
            Messages.error(this, getTranslation("plan.import.changedMeanwhile"));
            show(done);
            return;
        }
        Messages.success(this, "plan.import.done", Formats.integer(done.count(PlanAction.CREATE)),
                Formats.integer(done.count(PlanAction.UPDATE)));
        getUI().ifPresent(ui -> ui.navigate(TaskListView.class));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("plan.import.title"));
    }
}
