package vn.gov.cchc.portal.task.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.common.ui.Messages;
import vn.gov.cchc.portal.common.ui.PageTitles;
import vn.gov.cchc.portal.security.Roles;
import vn.gov.cchc.portal.spreadsheet.RowProblemGrid;
import vn.gov.cchc.portal.spreadsheet.SpreadsheetUpload;
import vn.gov.cchc.portal.task.ProgressImportService;
import vn.gov.cchc.portal.task.ProgressLine;
import vn.gov.cchc.portal.task.ProgressPreview;
import vn.gov.cchc.portal.task.TaskLinks;

/**
 * An agency reports progress on many tasks at once: it uploads its exported task list with the rate and the report
 * filled in, reads the preview (and every problem with its row and column), then saves the reports as drafts or
 * sends them. Nothing is saved before that.
 */
@Route(TaskLinks.AGENCY_PROGRESS_IMPORT)
@RolesAllowed({Roles.AGENCY_LEADER, Roles.AGENCY_OFFICER})
class ProgressImportView extends Main implements HasDynamicTitle {

    private final ProgressImportService imports;
    private final Div summary = new Div();
    private final RowProblemGrid problems = new RowProblemGrid();
    private final Grid<ProgressLine> lines = new Grid<>();
    private final H3 problemsTitle = new H3();
    private final Button saveDrafts = new Button();
    private final Button send = new Button();
    /** The preview read on the upload's request, shown once the UI is locked. */
    private volatile ProgressPreview read;
    private ProgressPreview shown;

    ProgressImportView(ProgressImportService imports) {
        this.imports = imports;
        addClassName("progress-import-view");
        add(new H2(getTranslation("progress.import.title")), new Paragraph(getTranslation("progress.import.intro")),
                new RouterLink(getTranslation("progress.import.back"), AgencyTasksView.class),
                SpreadsheetUpload.field(file -> read = imports.preview(file), () -> show(read)));
        saveDrafts.setIcon(VaadinIcon.DISC.create());
        saveDrafts.addClickListener(click -> confirm(false));
        send.setIcon(VaadinIcon.PAPERPLANE.create());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(click -> confirm(true));
        for (Button button : List.of(saveDrafts, send)) {
            button.setDisableOnClick(true);
        }
        summary.addClassName("progress-summary");
        lines.addClassName("progress-lines");
        lines.addColumn(line -> Formats.integer(line.row())).setHeader(getTranslation("plan.field.row"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        lines.addColumn(line -> "#" + line.taskId()).setHeader(getTranslation("task.field.id")).setAutoWidth(true).setFlexGrow(0);
        lines.addColumn(ProgressLine::title).setHeader(getTranslation("task.field.title")).setFlexGrow(2);
        lines.addColumn(line -> line.percentDone() + "%").setHeader(getTranslation("agencyTask.percent"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        lines.addColumn(ProgressLine::narrative).setHeader(getTranslation("agencyTask.narrative")).setFlexGrow(3);
        lines.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        lines.setHeight("50vh");
        add(summary, new HorizontalLayout(saveDrafts, send), problemsTitle, problems, lines);
        show(null);
    }

    private void show(ProgressPreview preview) {
        shown = preview;
        boolean any = preview != null;
        summary.setText(any ? getTranslation("progress.import.summary", preview.fileName(),
                Formats.integer(preview.lines().size()), Formats.integer(preview.problems().size())) : "");
        if (any && !preview.problems().isEmpty()) {
            summary.add(new Paragraph(getTranslation("plan.import.fixAndRetry")));
        } else if (any && preview.lines().isEmpty()) {
            summary.add(new Paragraph(getTranslation("progress.import.nothingFilled")));
        }
        problemsTitle.setText(getTranslation("plan.import.problems"));
        problemsTitle.setVisible(any && !preview.problems().isEmpty());
        problems.setVisible(problemsTitle.isVisible());
        problems.setItems(any ? preview.problems() : List.of());
        lines.setVisible(any && !preview.lines().isEmpty());
        lines.setItems(any ? preview.lines() : List.of());
        int count = any ? preview.lines().size() : 0;
        saveDrafts.setText(getTranslation("progress.import.saveDrafts", Formats.integer(count)));
        send.setText(getTranslation("progress.import.send", Formats.integer(count)));
        for (Button button : List.of(saveDrafts, send)) {
            button.setVisible(any && preview.confirmable());
            button.setEnabled(true);
        }
    }

    private void confirm(boolean sendReports) {
        ProgressPreview done = imports.confirm(shown, sendReports);
        if (!done.problems().isEmpty()) {
            Messages.error(this, getTranslation("plan.import.changedMeanwhile"));
            show(done);
            return;
        }
        Messages.success(this, sendReports ? "progress.import.sent" : "progress.import.saved",
                Formats.integer(done.lines().size()));
        getUI().ifPresent(ui -> ui.navigate(AgencyTasksView.class));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("progress.import.title"));
    }
}
