package vn.gov.cchc.portal.brief;

import org.springframework.stereotype.Component;
import vn.gov.cchc.portal.brief.internal.BriefDocxWriter;
import vn.gov.cchc.portal.brief.internal.BriefPdfWriter;

/**
 * Lays a state document out as DOCX or PDF, as the briefs are (the header with the national motto, numbered
 * sections, tables, the signature): other documents the portal issues, such as an inspection's conclusion notice,
 * use the same model and the same two layouts.
 */
@Component
public class StateDocuments {

    private final BriefDocxWriter docx;
    private final BriefPdfWriter pdf;

    StateDocuments(BriefDocxWriter docx, BriefPdfWriter pdf) {
        this.docx = docx;
        this.pdf = pdf;
    }

    public byte[] docx(BriefDocument document) {
        return docx.write(document);
    }

    public byte[] pdf(BriefDocument document) {
        return pdf.write(document);
    }
}
