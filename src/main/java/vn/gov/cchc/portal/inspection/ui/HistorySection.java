package vn.gov.cchc.portal.inspection.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import java.util.List;
import java.util.stream.Collectors;
import vn.gov.cchc.portal.audit.AuditEntry;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.common.PortalTime;

/** Who changed what of the inspection and when, newest first (from the audit trail). */
class HistorySection extends Div {

    HistorySection(List<AuditEntry> history) {
        addClassName("inspection-history");
        add(new H3(getTranslation("inspection.history")));
        Grid<AuditEntry> grid = new Grid<>();
        grid.addColumn(e -> Formats.DATE_TIME.format(e.at().atZone(PortalTime.ZONE))).setHeader(getTranslation("audit.field.at"))
                .setAutoWidth(true);
        grid.addColumn(AuditEntry::username).setHeader(getTranslation("audit.field.user")).setAutoWidth(true);
        grid.addColumn(e -> getTranslation("audit.action." + e.action().name()) + " " + getTranslation(e.subjectKey()) + " "
                + e.subjectLabel()).setHeader(getTranslation("audit.field.what")).setFlexGrow(2);
        grid.addColumn(e -> e.changes().stream().map(c -> getTranslation(c.field()) + ": " + AuditEntry.display(c.after(), this::getTranslation))
                .collect(Collectors.joining("; "))).setHeader(getTranslation("audit.field.changes")).setFlexGrow(4);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setItems(history);
        grid.setAllRowsVisible(true);
        add(grid);
    }
}
