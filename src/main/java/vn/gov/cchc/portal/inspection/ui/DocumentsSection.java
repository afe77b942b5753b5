package vn.gov.cchc.portal.inspection.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.common.ui.Downloads;
import vn.gov.cchc.portal.inspection.InspectionDetails;
import vn.gov.cchc.portal.inspection.InspectionDocument;
import vn.gov.cchc.portal.inspection.InspectionService;
import vn.gov.cchc.portal.storage.UploadReceiver;

/** The inspected agency's self-inspection report and the records it sent, kept with the inspection. */
class DocumentsSection extends Div {

    DocumentsSection(InspectionDetails details, InspectionService inspections, Runnable saved) {
        addClassName("inspection-documents");
        add(new H3(getTranslation("inspection.documents")));
        if (details.documents().isEmpty()) {
            add(new Paragraph(getTranslation("inspection.documents.none")));
        }
        UnorderedList list = new UnorderedList();
        for (InspectionDocument document : details.documents()) {
            Anchor link = Downloads.link(document.fileName(), () -> inspections.document(document.id()));
            list.add(new ListItem(link, new Span(" · " + getTranslation("inspection.documents.uploaded", document.uploadedBy(),
                    Formats.DATE_TIME.format(document.uploadedAt().atZone(PortalTime.ZONE))))));
        }
        add(list);
        if (details.editable()) {
            Upload upload = UploadReceiver.field(file -> inspections.attach(details.summary().id(), file), saved);
            upload.setWidthFull();
            add(new Paragraph(getTranslation("inspection.documents.hint")), upload);
        }
    }
}
