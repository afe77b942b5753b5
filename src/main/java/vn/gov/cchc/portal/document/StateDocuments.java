package vn.gov.cchc.portal.document;

import org.springframework.stereotype.Component;
import vn.gov.cchc.portal.document.internal.DocxWriter;
import vn.gov.cchc.portal.document.internal.PdfWriter;

/**
 * Lays a state document out as DOCX or PDF, as the briefs are (the header with the national motto, numbered
 * sections, tables, the signature): other documents the portal issues, such as an inspection's conclusion notice,
 * use the same model and the same two layouts.
 */
@Component
public class StateDocuments {

    private final DocxWriter docx;
    private final PdfWriter pdf;

    StateDocuments(DocxWriter docx, PdfWriter pdf) {
        this.docx = docx;
        this.pdf = pdf;
    }

    public byte[] docx(StateDocument document) {
        return docx.write(document);
    }

    public byte[] pdf(StateDocument document) {
        return pdf.write(document);
    }
}
