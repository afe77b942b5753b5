package vn.gov.cchc.portal.indicator.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.common.ui.Messages;
import vn.gov.cchc.portal.indicator.IndexFramework;
import vn.gov.cchc.portal.indicator.IndexImportService;
import vn.gov.cchc.portal.indicator.IndexLine;
import vn.gov.cchc.portal.indicator.IndexPreview;
import vn.gov.cchc.portal.spreadsheet.RowProblemGrid;
import vn.gov.cchc.portal.spreadsheet.SpreadsheetUpload;

/**
 * A year's results from a spreadsheet: upload, read the preview (every problem on its row and column, what each row
 * will do), then save all of it. Nothing is saved before that.
 */
class IndexImportDialog extends Dialog {

    private final IndexImportService imports;
    private final Paragraph summary = new Paragraph();
    private final RowProblemGrid problems = new RowProblemGrid();
    private final Grid<IndexLine> lines = new Grid<>();
    private final Button confirm = new Button();
    private final Runnable saved;
    /** The preview read on the upload's request, shown once the UI is locked. */
    private volatile IndexPreview read;
    private IndexPreview shown;

    IndexImportDialog(IndexImportService imports, IndexFramework framework, int year, Runnable saved) {
        this.imports = imports;
        this.saved = saved;
        setHeaderTitle(getTranslation("index.import.title", framework.name(getLocale()), String.valueOf(year)));
        setWidth("min(60rem, 100vw)");
        summary.addClassName("index-import-summary");
        lines.addColumn(line -> Formats.integer(line.row())).setHeader(getTranslation("plan.field.row"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        lines.addColumn(line -> line.agency().in(getLocale())).setHeader(getTranslation("task.field.lead")).setFlexGrow(2);
        lines.addColumn(line -> line.scores().total() == null ? "" : Formats.number(line.scores().total()))
                .setHeader(getTranslation("index.total")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        lines.addColumn(line -> line.scores().rank() == null ? getTranslation("index.notRanked") : Formats.integer(line.scores().rank()))
                .setHeader(getTranslation("indicator.figures.rank")).setAutoWidth(true);
        lines.addColumn(line -> getTranslation(line.action().messageKey())).setHeader(getTranslation("plan.field.action")).setAutoWidth(true);
        lines.addThemeVariants(GridVariant.LUMO_COMPACT);
        lines.setHeight("16rem");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setDisableOnClick(true);
        confirm.addClickListener(click -> confirm());
        add(new Paragraph(getTranslation("index.import.intro")),
                SpreadsheetUpload.field(file -> read = imports.preview(framework.id(), year, file), () -> show(read)),
                summary, problems, lines);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), confirm);
        show(null);
    }

    private void show(IndexPreview preview) {
        shown = preview;
        boolean any = preview != null;
        long changes = any ? preview.lines().stream().filter(line -> line.action() != IndexLine.Action.UNCHANGED).count() : 0;
        summary.setText(any ? getTranslation("index.import.summary", preview.fileName(), Formats.integer(preview.lines().size()),
                Formats.integer(changes), Formats.integer(preview.problems().size())) : "");
        problems.setVisible(any && !preview.problems().isEmpty());
        problems.setItems(any ? preview.problems() : List.of());
        lines.setVisible(any && !preview.lines().isEmpty());
        lines.setItems(any ? preview.lines() : List.of());
        confirm.setText(getTranslation("index.import.confirm", Formats.integer(changes)));
        confirm.setVisible(any && preview.confirmable());
        confirm.setEnabled(true);
    }

    private void confirm() {
        IndexPreview done = imports.confirm(shown);
        if (!done.problems().isEmpty()) {
            Messages.error(this, getTranslation("plan.import.changedMeanwhile"));
            show(done);
            return;
        }
        Messages.success(this, "index.import.saved", Formats.integer(done.lines().size()));
        close();
        saved.run();
    }
}
