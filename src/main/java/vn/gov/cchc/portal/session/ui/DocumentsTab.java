package vn.gov.cchc.portal.session.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.common.ui.Downloads;
import vn.gov.cchc.portal.common.ui.FieldErrors;
import vn.gov.cchc.portal.session.SessionDocument;
import vn.gov.cchc.portal.session.SessionDocumentService;
import vn.gov.cchc.portal.storage.UploadReceiver;

/** Documents of the session: upload (type checked by content, size limited), download, remove. */
class DocumentsTab extends VerticalLayout {

    private final SessionDocumentService documents;
    private final long sessionId;
    private final Grid<SessionDocument> grid = new Grid<>();

    DocumentsTab(SessionDocumentService documents, long sessionId, boolean canEdit) {
        this.documents = documents;
        this.sessionId = sessionId;
        setPadding(false);
        if (canEdit) {
            add(new Paragraph(getTranslation("document.uploadHint")), upload());
        }
        grid.addComponentColumn(this::downloadLink).setHeader(getTranslation("document.field.fileName")).setFlexGrow(3);
        grid.addColumn(d -> d.kind().name()).setHeader(getTranslation("document.field.kind")).setAutoWidth(true);
        grid.addColumn(d -> getTranslation("document.sizeKb", Formats.integer(Math.max(1, d.size() / 1024))))
                .setHeader(getTranslation("document.field.size")).setAutoWidth(true);
        grid.addColumn(SessionDocument::uploadedBy).setHeader(getTranslation("document.field.uploadedBy")).setAutoWidth(true);
        grid.addColumn(d -> Formats.DATE_TIME.format(d.uploadedAt().atZone(PortalTime.ZONE)))
                .setHeader(getTranslation("document.field.uploadedAt")).setAutoWidth(true);
        if (canEdit) {
            grid.addComponentColumn(d -> {
                Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
                    if (new FieldErrors(this).attempt(() -> documents.remove(d.id()))) {
                        refresh();
                    }
                });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
                remove.setAriaLabel(getTranslation("action.remove"));
                return remove;
            }).setAutoWidth(true).setFlexGrow(0);
        }
        grid.setEmptyStateText(getTranslation("document.empty"));
        grid.setAllRowsVisible(true);
        add(grid);
        refresh();
    }

    private Upload upload() {
        return UploadReceiver.field(file -> documents.upload(sessionId, file), this::refresh);
    }

    private HorizontalLayout downloadLink(SessionDocument document) {
        Anchor link = Downloads.link(document.fileName(), () -> documents.download(document.id()));
        return new HorizontalLayout(VaadinIcon.FILE_TEXT_O.create(), link);
    }

    private void refresh() {
        grid.setItems(documents.list(sessionId));
    }
}
