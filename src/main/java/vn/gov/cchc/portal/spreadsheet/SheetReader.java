package vn.gov.cchc.portal.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;
import vn.gov.cchc.portal.common.Failures;
import vn.gov.cchc.portal.common.ValidationException;

/**
 * Reads one sheet of an XLSX file as rows of text, streaming (POI's event API: the sheet is never held whole), and
 * refuses what it must not read, each with a message for the user: a file that is not XLSX, a password-protected
 * or old .xls file, a zip bomb (POI's guards), more rows than allowed, a formula that refers to another file. A row
 * that is part of a merged range says so (a caption or a section title may be merged; {@link SheetHeader} refuses a
 * merged header row). Dates come as dd/MM/yyyy whatever the cell's own format; numbers as Excel shows them.
 */
public final class SheetReader {

    /**
     * A row by its number as Excel shows it (the first row is 1), with its cells' text, "" for an empty one, and
     * whether a merged range covers part of it.
     */
    public record SheetRow(int number, List<String> cells, boolean merged) {

        public SheetRow(int number, List<String> cells) {
            this(number, cells, false);
        }
    }

    private static final String EXTERNAL_LINK = "application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private SheetReader() {
    }

    /** The rows of the sheet named {@code sheetName} (or the first sheet), at most {@code maxRows} after the header. */
    public static List<SheetRow> read(InputStream in, String sheetName, int maxRows) {
        try (OPCPackage pkg = OPCPackage.open(in)) {
            if (!pkg.getPartsByContentType(EXTERNAL_LINK).isEmpty()) {
                throw new ValidationException("file", "spreadsheet.externalLink");
            }
            XSSFReader reader = new XSSFReader(pkg);
            StylesTable styles = reader.getStylesTable();
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    if (sheetName == null || sheetName.equals(sheets.getSheetName())) {
                        return readSheet(sheet, styles, strings, maxRows);
                    }
                }
            }
            throw new ValidationException("file", "spreadsheet.sheetMissing", sheetName);
        } catch (OLE2NotOfficeXmlFileException | EncryptedDocumentException e) {
            throw new ValidationException("file", "spreadsheet.protectedOrOld");
        } catch (ValidationException e) {
            throw e;
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            if (Failures.zipBomb(e)) {
                throw new ValidationException("file", "file.unsafeArchive");
            }
            throw new ValidationException("file", "spreadsheet.notXlsx");
        }
    }

    private static List<SheetRow> readSheet(InputStream sheet, StylesTable styles, ReadOnlySharedStringsTable strings,
            int maxRows) throws IOException, SAXException, ParserConfigurationException {
        Rows rows = new Rows(maxRows);
        XMLReader parser = SAXHelper.newXMLReader();
        MergeWatch merges = new MergeWatch(parser);
        merges.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, rows, new DatesAsDayMonthYear(), false));
        try {
            merges.parse(new InputSource(sheet));
        } catch (TooManyRows e) {
            throw new ValidationException("file", "spreadsheet.tooManyRows", maxRows);
        }
        // the merged ranges come after the rows in the sheet's XML
        return rows.rows.stream().map(row -> merges.covers(row.number())
                ? new SheetRow(row.number(), row.cells(), true) : row).toList();
    }

    /** Collects rows; stops the parse once there are more than allowed. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final int maxRows;
        private final List<SheetRow> rows = new ArrayList<>();
        private List<String> current = new ArrayList<>();

        Rows(int maxRows) {
            this.maxRows = maxRows;
        }

        @Override
        public void startRow(int rowNum) {
            if (rowNum > maxRows) {
                throw new TooManyRows();
            }
            current = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            if (current.stream().anyMatch(cell -> !cell.isBlank())) {
                rows.add(new SheetRow(rowNum + 1, List.copyOf(current)));
            }
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = new CellReference(reference).getCol();
            while (current.size() < column) {
                current.add("");
            }
            current.add(formattedValue == null ? "" : formattedValue.strip());
        }
    }

    private static final class TooManyRows extends RuntimeException {
        TooManyRows() {
            super(null, null, false, false);
        }
    }

    /** Passes the sheet's XML on and notes the rows its merged ranges cover. */
    private static final class MergeWatch extends XMLFilterImpl {
        private final List<CellRangeAddress> ranges = new ArrayList<>();

        MergeWatch(XMLReader parent) {
            super(parent);
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
            if ("mergeCell".equals(localName) && attributes.getValue("ref") != null) {
                ranges.add(CellRangeAddress.valueOf(attributes.getValue("ref")));
            }
            super.startElement(uri, localName, qName, attributes);
        }

        /** Whether a merged range covers the row (numbered as Excel shows it). */
        boolean covers(int rowNumber) {
            return ranges.stream().anyMatch(range -> range.getFirstRow() <= rowNumber - 1 && rowNumber - 1 <= range.getLastRow());
        }
    }

    /** A date cell reads dd/MM/yyyy whatever format the person who typed it chose. */
    private static final class DatesAsDayMonthYear extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDate date = DateUtil.getLocalDateTime(value).toLocalDate();
                return DATE.format(date);
            }
            return super.formatRawCellContents(value, formatIndex, formatString);
        }
    }
}
