package vn.gov.cchc.portal.session.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.stream.Collectors;
import vn.gov.cchc.portal.audit.AuditEntry;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.session.SessionHistoryService;

/** Who changed what and when, newest first. */
class HistoryTab extends VerticalLayout {

    HistoryTab(SessionHistoryService history, long sessionId) {
        setPadding(false);
        Grid<AuditEntry> grid = new Grid<>();
        grid.addColumn(e -> Formats.DATE_TIME.format(e.at().atZone(PortalTime.ZONE)))
                .setHeader(getTranslation("audit.field.at")).setAutoWidth(true);
        grid.addColumn(AuditEntry::username).setHeader(getTranslation("audit.field.user")).setAutoWidth(true);
        grid.addColumn(e -> getTranslation("audit.action." + e.action().name()) + " " + getTranslation(e.subjectKey())
                + (e.subjectLabel() == null ? "" : " «" + e.subjectLabel() + "»"))
                .setHeader(getTranslation("audit.field.what")).setFlexGrow(2);
        grid.addColumn(this::describeChanges).setHeader(getTranslation("audit.field.changes")).setFlexGrow(4);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("audit.empty"));
        grid.setItems(history.history(sessionId));
        add(grid);
    }

    private String describeChanges(AuditEntry entry) {
        return entry.changes().stream()
                .map(change -> getTranslation(change.field()) + ": "
                        + AuditEntry.display(change.before(), this::getTranslation) + " → "
                        + AuditEntry.display(change.after(), this::getTranslation))
                .collect(Collectors.joining("; "));
    }

}
