package vn.gov.cchc.portal.brief.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.springframework.stereotype.Component;
import vn.gov.cchc.portal.brief.BriefDocument;

/** Lays a brief out as a Word document: A4, Times New Roman 13–14 pt, margins of Decree 30. */
@Component
public class BriefDocxWriter {

    private static final String FONT = "Times New Roman";

    public byte[] write(BriefDocument brief) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            pageSetup(doc);
            header(doc, brief.header());
            if (brief.draft()) {
                paragraph(doc, ParagraphAlignment.CENTER, "DỰ THẢO", 13, true, false);
            }
            paragraph(doc, ParagraphAlignment.CENTER, brief.title(), 14, true, false);
            paragraph(doc, ParagraphAlignment.CENTER, brief.subtitle(), 14, true, false);
            for (BriefDocument.Block block : brief.blocks()) {
                switch (block) {
                    case BriefDocument.Heading heading -> paragraph(doc, ParagraphAlignment.LEFT, heading.text(), 14, true, false);
                    case BriefDocument.Text text -> paragraph(doc, ParagraphAlignment.BOTH, text.text(), 14, false, false);
                    case BriefDocument.Table table -> table(doc, table);
                }
            }
            for (String line : brief.signerRole().split("\n")) {
                paragraph(doc, ParagraphAlignment.RIGHT, line, 14, true, false);
            }
            paragraph(doc, ParagraphAlignment.RIGHT, brief.signer(), 14, true, false);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void pageSetup(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(1134));
        margins.setBottom(BigInteger.valueOf(1134));
        margins.setLeft(BigInteger.valueOf(1701));
        margins.setRight(BigInteger.valueOf(1134));
    }

    /** Issuing body and number on the left, national motto and place/date on the right, in a borderless table. */
    private static void header(XWPFDocument doc, BriefDocument.Header header) {
        XWPFTable table = doc.createTable(1, 2);
        table.removeBorders();
        table.setTableAlignment(TableRowAlign.CENTER);
        XWPFTableCell left = table.getRow(0).getCell(0);
        cellLine(left, header.parentBody(), 12, false, false, true);
        cellLine(left, header.issuingBody(), 13, true, false, false);
        cellLine(left, header.number(), 13, false, false, false);
        XWPFTableCell right = table.getRow(0).getCell(1);
        cellLine(right, BriefDocument.MOTTO_COUNTRY, 12, true, false, true);
        cellLine(right, BriefDocument.MOTTO, 13, true, false, false);
        cellLine(right, header.placeAndDate(), 13, false, true, false);
    }

    private static void cellLine(XWPFTableCell cell, String text, int size, boolean bold, boolean italic, boolean first) {
        XWPFParagraph paragraph = first ? cell.getParagraphs().getFirst() : cell.addParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        run(paragraph, text, size, bold, italic);
    }

    private static void paragraph(XWPFDocument doc, ParagraphAlignment alignment, String text, int size, boolean bold,
            boolean italic) {
        XWPFParagraph paragraph = doc.createParagraph();
        paragraph.setAlignment(alignment);
        paragraph.setSpacingAfter(120);
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            XWPFRun run = run(paragraph, lines[i], size, bold, italic);
            if (i < lines.length - 1) {
                run.addBreak();
            }
        }
    }

    private static void table(XWPFDocument doc, BriefDocument.Table data) {
        XWPFTable table = doc.createTable(data.rows().size() + 1, data.headers().size());
        table.setWidth("100%");
        for (int c = 0; c < data.headers().size(); c++) {
            cell(table.getRow(0).getCell(c), data.headers().get(c), true);
        }
        for (int r = 0; r < data.rows().size(); r++) {
            for (int c = 0; c < data.headers().size(); c++) {
                cell(table.getRow(r + 1).getCell(c), data.rows().get(r).get(c), false);
            }
        }
        doc.createParagraph();
    }

    private static void cell(XWPFTableCell cell, String text, boolean bold) {
        run(cell.getParagraphs().getFirst(), text, 12, bold, false);
    }

    private static XWPFRun run(XWPFParagraph paragraph, String text, int size, boolean bold, boolean italic) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
        run.setText(text);
        return run;
    }
}
