package vn.gov.cchc.portal.document.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.draw.LineSeparator;
import org.springframework.stereotype.Component;
import vn.gov.cchc.portal.document.StateDocument;

/**
 * Lays a brief out as PDF with OpenPDF. The font is Liberation Serif (metric-compatible with Times New Roman),
 * embedded as a subset with Identity-H encoding, so every Vietnamese letter prints on any machine.
 */
@Component
public class PdfWriter {

    private static final String REGULAR = "/liberation/LiberationSerif-Regular.ttf";
    private static final String BOLD = "/liberation/LiberationSerif-Bold.ttf";
    private static final String ITALIC = "/liberation/LiberationSerif-Italic.ttf";

    private final BaseFont regular = font(REGULAR);
    private final BaseFont bold = font(BOLD);
    private final BaseFont italic = font(ITALIC);

    public byte[] write(StateDocument brief) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 85, 57, 57, 57);
        org.openpdf.text.pdf.PdfWriter writer = org.openpdf.text.pdf.PdfWriter.getInstance(document, out);
        writer.setPageEvent(new PageNumbers(regular));
        document.addTitle(brief.title() + " - " + brief.subtitle());
        document.open();
        header(document, brief.header());
        if (brief.draft()) {
            document.add(paragraph("DỰ THẢO", new Font(bold, 13), Element.ALIGN_CENTER));
        }
        document.add(paragraph(brief.title(), new Font(bold, 14), Element.ALIGN_CENTER));
        document.add(paragraph(brief.subtitle(), new Font(bold, 14), Element.ALIGN_CENTER));
        for (StateDocument.Block block : brief.blocks()) {
            switch (block) {
                case StateDocument.Heading heading -> document.add(paragraph(heading.text(), new Font(bold, 14), Element.ALIGN_LEFT));
                case StateDocument.Text text -> document.add(paragraph(text.text(), new Font(regular, 14), Element.ALIGN_JUSTIFIED));
                case StateDocument.Table table -> document.add(table(table));
            }
        }
        Paragraph signature = paragraph(brief.signerRole() + "\n\n\n" + brief.signer(), new Font(bold, 14), Element.ALIGN_RIGHT);
        document.add(signature);
        document.close();
        return out.toByteArray();
    }

    /** As the DOCX: 40 % / 60 %, the motto on one line, a rule under the issuing body and one under the motto. */
    private void header(Document document, StateDocument.Header header) {
        PdfPTable table = new PdfPTable(new float[] {40f, 60f});
        table.setWidthPercentage(100);
        PdfPCell left = new PdfPCell();
        left.setBorder(0);
        left.addElement(paragraph(header.parentBody(), new Font(regular, 11), Element.ALIGN_CENTER));
        left.addElement(paragraph(header.issuingBody(), new Font(bold, 13), Element.ALIGN_CENTER));
        left.addElement(rule(30));
        left.addElement(paragraph(header.number(), new Font(regular, 13), Element.ALIGN_CENTER));
        PdfPCell right = new PdfPCell();
        right.setBorder(0);
        right.addElement(paragraph(StateDocument.MOTTO_COUNTRY, new Font(bold, 12), Element.ALIGN_CENTER));
        right.addElement(paragraph(StateDocument.MOTTO, new Font(bold, 13), Element.ALIGN_CENTER));
        right.addElement(rule(58));
        right.addElement(paragraph(header.placeAndDate(), new Font(italic, 13), Element.ALIGN_CENTER));
        table.addCell(left);
        table.addCell(right);
        table.setSpacingAfter(12);
        document.add(table);
    }

    private PdfPTable table(StateDocument.Table data) {
        double[] shares = data.widths();
        float[] widths = new float[shares.length];
        for (int c = 0; c < shares.length; c++) {
            widths[c] = (float) shares[c];
        }
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setSpacingAfter(8);
        table.setHeaderRows(1);
        for (String header : data.headers()) {
            table.addCell(cell(header, new Font(bold, 11), Element.ALIGN_CENTER));
        }
        for (var row : data.rows()) {
            for (int c = 0; c < row.size(); c++) {
                int alignment = c == 0 && "STT".equals(data.headers().getFirst()) ? Element.ALIGN_CENTER
                        : data.numeric(c) ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT;
                table.addCell(cell(row.get(c), new Font(regular, 11), alignment));
            }
        }
        return table;
    }

    private static PdfPCell cell(String text, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(alignment);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setPaddingBottom(4);
        return cell;
    }

    /** A centred horizontal rule {@code percent} of the cell wide. */
    private static Paragraph rule(float percent) {
        Paragraph rule = new Paragraph();
        rule.add(new Chunk(new LineSeparator(0.6f, percent, null,
                Element.ALIGN_CENTER, 0)));
        rule.setSpacingAfter(4);
        return rule;
    }

    /** The page number centred at the top of every page but the first (Decree 30). */
    private static final class PageNumbers extends PdfPageEventHelper {

        private final BaseFont font;

        PageNumbers(BaseFont font) {
            this.font = font;
        }

        @Override
        public void onEndPage(org.openpdf.text.pdf.PdfWriter writer, Document document) {
            if (writer.getPageNumber() > 1) {
                PdfContentByte canvas = writer.getDirectContent();
                canvas.beginText();
                canvas.setFontAndSize(font, 13);
                canvas.showTextAligned(Element.ALIGN_CENTER, String.valueOf(writer.getPageNumber()),
                        (document.left() + document.right()) / 2, document.top() + 24, 0);
                canvas.endText();
            }
        }
    }

    private static Paragraph paragraph(String text, Font font, int alignment) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setAlignment(alignment);
        paragraph.setSpacingAfter(6);
        return paragraph;
    }

    private static BaseFont font(String resource) {
        try (InputStream in = PdfWriter.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the classpath: " + resource);
            }
            return BaseFont.createFont(resource.substring(1), BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                    in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
