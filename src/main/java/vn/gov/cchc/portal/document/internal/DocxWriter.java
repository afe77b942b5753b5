package vn.gov.cchc.portal.document.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.Arrays;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.Borders;
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
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.springframework.stereotype.Component;
import vn.gov.cchc.portal.document.StateDocument;

/**
 * Lays a brief out as a Word document the way Decree 30/2020/NĐ-CP sets a state document: A4, Times New Roman
 * 13–14 pt, its margins; the issuing body and number on the left, the national motto on one line with a rule
 * beneath on the right; page numbers centred at the top from the second page; tables with an STT column, widths
 * fitted to their content and numbers right-aligned.
 */
@Component
public class DocxWriter {

    private static final String FONT = "Times New Roman";
    /** The text width of an A4 page between the margins below (3 cm left, 2 cm right), in twentieths of a point. */
    private static final int TEXT_WIDTH = 11906 - 1701 - 1134;

    public byte[] write(StateDocument brief) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            pageSetup(doc);
            pageNumbers(doc);
            header(doc, brief.header());
            if (brief.draft()) {
                paragraph(doc, ParagraphAlignment.CENTER, "DỰ THẢO", 13, true, false);
            }
            paragraph(doc, ParagraphAlignment.CENTER, brief.title(), 14, true, false);
            paragraph(doc, ParagraphAlignment.CENTER, brief.subtitle(), 14, true, false);
            for (StateDocument.Block block : brief.blocks()) {
                switch (block) {
                    case StateDocument.Heading heading -> paragraph(doc, ParagraphAlignment.LEFT, heading.text(), 14, true, false);
                    case StateDocument.Text text -> paragraph(doc, ParagraphAlignment.BOTH, text.text(), 14, false, false);
                    case StateDocument.Table table -> table(doc, table);
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

    /** The page number centred at the top of every page but the first (a PAGE field, so Word counts). */
    private static void pageNumbers(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        section.addNewTitlePg();
        XWPFHeaderFooterPolicy policy = new XWPFHeaderFooterPolicy(doc, section);
        XWPFParagraph number = policy.createHeader(XWPFHeaderFooterPolicy.DEFAULT).createParagraph();
        number.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun run = number.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(13);
        number.getCTP().addNewFldSimple().setInstr("PAGE");
        policy.createHeader(XWPFHeaderFooterPolicy.FIRST).createParagraph();
    }

    private static void pageSetup(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(1134));
        margins.setBottom(BigInteger.valueOf(1134));
        margins.setLeft(BigInteger.valueOf(1701));
        margins.setRight(BigInteger.valueOf(1134));
    }

    /**
     * Issuing body and number on the left (40 %), national motto and place/date on the right (60 %: the motto's
     * first line fits on one line), in a borderless table; a short rule under the issuing body and one as long as
     * the motto under it.
     */
    private static void header(XWPFDocument doc, StateDocument.Header header) {
        XWPFTable table = doc.createTable(1, 2);
        table.removeBorders();
        table.setTableAlignment(TableRowAlign.CENTER);
        int leftWidth = TEXT_WIDTH * 40 / 100;
        fixedWidths(table, new int[] {leftWidth, TEXT_WIDTH - leftWidth});
        XWPFTableCell left = table.getRow(0).getCell(0);
        cellLine(left, header.parentBody(), 12, false, false, true, 0);
        cellLine(left, header.issuingBody(), 13, true, false, false, leftWidth * 22 / 100);
        cellLine(left, header.number(), 13, false, false, false, 0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        cellLine(right, StateDocument.MOTTO_COUNTRY, 12, true, false, true, 0);
        cellLine(right, StateDocument.MOTTO, 13, true, false, false, (TEXT_WIDTH - leftWidth - 3750) / 2);
        cellLine(right, header.placeAndDate(), 13, false, true, false, 0);
    }

    /** A centred line of the header; with {@code ruleIndent} > 0, a rule beneath it indented that much each side. */
    private static void cellLine(XWPFTableCell cell, String text, int size, boolean bold, boolean italic, boolean first,
            int ruleIndent) {
        XWPFParagraph paragraph = first ? cell.getParagraphs().getFirst() : cell.addParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        paragraph.setSpacingAfter(0);
        run(paragraph, text, size, bold, italic);
        if (ruleIndent > 0) {
            paragraph.setIndentationLeft(ruleIndent);
            paragraph.setIndentationRight(ruleIndent);
            paragraph.setBorderBottom(Borders.SINGLE);
            paragraph.setSpacingAfter(160);
        }
    }

    private static void fixedWidths(XWPFTable table, int[] widths) {
        table.getCTTbl().getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
        table.setWidth(String.valueOf(Arrays.stream(widths).sum()));
        var grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        for (var row : table.getRows()) {
            for (int c = 0; c < widths.length; c++) {
                row.getCell(c).setWidth(String.valueOf(widths[c]));
            }
        }
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

    private static void table(XWPFDocument doc, StateDocument.Table data) {
        XWPFTable table = doc.createTable(data.rows().size() + 1, data.headers().size());
        double[] shares = data.widths();
        int[] widths = new int[shares.length];
        for (int c = 0; c < shares.length; c++) {
            widths[c] = (int) Math.round(TEXT_WIDTH * shares[c]);
        }
        fixedWidths(table, widths);
        table.setCellMargins(0, 57, 0, 57);
        table.getRow(0).setRepeatHeader(true);
        for (int c = 0; c < data.headers().size(); c++) {
            cell(table.getRow(0).getCell(c), data.headers().get(c), true, ParagraphAlignment.CENTER);
        }
        for (int r = 0; r < data.rows().size(); r++) {
            for (int c = 0; c < data.headers().size(); c++) {
                ParagraphAlignment alignment = c == 0 && "STT".equals(data.headers().getFirst()) ? ParagraphAlignment.CENTER
                        : data.numeric(c) ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT;
                cell(table.getRow(r + 1).getCell(c), data.rows().get(r).get(c), false, alignment);
            }
        }
        doc.createParagraph();
    }

    private static void cell(XWPFTableCell cell, String text, boolean bold, ParagraphAlignment alignment) {
        XWPFParagraph paragraph = cell.getParagraphs().getFirst();
        paragraph.setAlignment(alignment);
        paragraph.setSpacingAfter(0);
        cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
        run(paragraph, text, 12, bold, false);
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
