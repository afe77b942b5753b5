package vn.gov.cchc.portal.inspection.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.jspecify.annotations.Nullable;
import vn.gov.cchc.portal.common.ui.Dialogs;
import vn.gov.cchc.portal.common.ui.FieldErrors;
import vn.gov.cchc.portal.common.ui.Messages;
import vn.gov.cchc.portal.inspection.Finding;
import vn.gov.cchc.portal.inspection.FindingKind;
import vn.gov.cchc.portal.inspection.InspectionDetails;
import vn.gov.cchc.portal.inspection.InspectionService;
import vn.gov.cchc.portal.task.ReformArea;

/** The findings as numbered paragraphs: results, limitations, causes, each in a reform area. */
class FindingsSection extends Div {

    private final InspectionService inspections;
    private final Runnable saved;
    private final long inspectionId;

    FindingsSection(InspectionDetails details, InspectionService inspections, Runnable saved) {
        this.inspections = inspections;
        this.saved = saved;
        this.inspectionId = details.summary().id();
        addClassName("inspection-findings");
        add(new H3(getTranslation("inspection.findings")));
        Grid<Finding> grid = new Grid<>();
        grid.addColumn(f -> getTranslation(f.kind().messageKey()) + " " + f.number()).setHeader(getTranslation("inspection.finding.kind"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(f -> getTranslation(f.area().messageKey())).setHeader(getTranslation("inspection.finding.area")).setAutoWidth(true);
        grid.addColumn(Finding::text).setHeader(getTranslation("inspection.finding.text")).setFlexGrow(4);
        grid.setItems(details.findings());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        add(grid);
        if (details.editable()) {
            Button add = new Button(getTranslation("inspection.finding.add"), VaadinIcon.PLUS.create(), click -> editor(null));
            Button edit = new Button(getTranslation("inspection.finding.edit"), VaadinIcon.EDIT.create(),
                    click -> grid.getSelectedItems().stream().findFirst().ifPresent(this::editor));
            Button remove = new Button(getTranslation("inspection.finding.remove"), VaadinIcon.TRASH.create(),
                    click -> grid.getSelectedItems().stream().findFirst().ifPresent(finding -> {
                        if (new FieldErrors(this).attempt(() -> inspections.removeFinding(finding.id(), finding.version()))) {
                            saved.run();
                        }
                    }));
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            edit.setEnabled(false);
            remove.setEnabled(false);
            grid.addSelectionListener(selection -> {
                edit.setEnabled(selection.getFirstSelectedItem().isPresent());
                remove.setEnabled(selection.getFirstSelectedItem().isPresent());
            });
            add(new HorizontalLayout(add, edit, remove));
        }
    }

    private void editor(@Nullable Finding finding) {
        Dialog dialog = new Dialog(getTranslation(finding == null ? "inspection.finding.add" : "inspection.finding.edit"));
        dialog.setWidth("min(48rem, 100vw)");
        Select<FindingKind> kind = new Select<>();
        kind.setLabel(getTranslation("inspection.finding.kind"));
        kind.setItems(FindingKind.values());
        kind.setItemLabelGenerator(item -> getTranslation(item.messageKey()));
        kind.setValue(finding == null ? FindingKind.RESULT : finding.kind());
        Select<ReformArea> area = new Select<>();
        area.setLabel(getTranslation("inspection.finding.area"));
        area.setItems(ReformArea.values());
        area.setItemLabelGenerator(item -> getTranslation(item.messageKey()));
        area.setValue(finding == null ? ReformArea.DIRECTION : finding.area());
        TextArea text = new TextArea(getTranslation("inspection.finding.text"));
        text.setMaxLength(4000);
        text.setWidthFull();
        text.setValue(finding == null ? "" : finding.text());
        dialog.add(new HorizontalLayout(kind, area), text);
        Dialogs.footer(dialog, "action.save", () -> {
            boolean ok = new FieldErrors(this).bind("kind", kind).bind("area", area).bind("text", text).attempt(() -> {
                if (finding == null) {
                    inspections.addFinding(inspectionId, kind.getValue(), area.getValue(), text.getValue());
                } else {
                    inspections.updateFinding(finding.id(), finding.version(), kind.getValue(), area.getValue(), text.getValue());
                }
            });
            if (ok) {
                Messages.success(this, "inspection.finding.saved");
                saved.run();
            }
            return ok;
        });
        dialog.open();
    }
}
