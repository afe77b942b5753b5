package vn.gov.cchc.portal.task.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.gov.cchc.portal.agency.AgencySummary;
import vn.gov.cchc.portal.task.PlanColumn;

/**
 * The yearly plan template: the plan sheet with the headers of {@link PlanColumn}, drop-down lists for the area and
 * the lead agency (the agencies active on the plan's date, and the two directives), date cells dd/mm/yyyy, a sheet
 * with the lists, and a sheet of instructions.
 */
final class PlanTemplate {

    static final String PLAN_SHEET = "Kế hoạch";
    static final String LISTS_SHEET = "Danh mục";
    static final String HELP_SHEET = "Hướng dẫn";
    static final int ROWS = 5000;

    private PlanTemplate() {
    }

    /**
     * The template's own words, Vietnamese like the file format, from the bundle.
     *
     * @param areas        the areas' names as the file writes them
     * @param instructions the lines of the instructions sheet
     * @param dateHint     what a date cell says to a value that is not a date
     * @param listHint     what a list cell says to a value not in its list
     */
    record Texts(List<String> areas, List<String> instructions, String dateHint, String listHint) {
    }

    /** @param agencies the agencies active on the plan's date */
    static void write(OutputStream out, List<AgencySummary> agencies, Texts texts) {
        List<String> areas = texts.areas();
        List<String> instructions = texts.instructions();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet plan = workbook.createSheet(PLAN_SHEET);
            Sheet lists = workbook.createSheet(LISTS_SHEET);
            Sheet help = workbook.createSheet(HELP_SHEET);

            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setWrapText(true);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            Row headers = plan.createRow(0);
            for (PlanColumn column : PlanColumn.values()) {
                headers.createCell(column.ordinal()).setCellValue(column.header());
                headers.getCell(column.ordinal()).setCellStyle(header);
                plan.setColumnWidth(column.ordinal(), column.width() * 256);
            }
            plan.createFreezePane(0, 1);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            plan.setDefaultColumnStyle(PlanColumn.DEADLINE.ordinal(), date);
            plan.setDefaultColumnStyle(PlanColumn.DOCUMENT_DATE.ordinal(), date);

            List<String> leads = new ArrayList<>(List.of(PlanColumn.ALL_PROVINCES, PlanColumn.ALL_MINISTRIES));
            agencies.stream().map(AgencySummary::nameVi).sorted(Comparator.naturalOrder()).forEach(leads::add);
            writeList(lists, 0, PlanColumn.AREA.header(), areas);
            writeList(lists, 1, PlanColumn.LEAD.header(), leads);
            writeList(lists, 2, PlanColumn.SUPPORT.header(), leads.subList(2, leads.size()));
            lists.setColumnWidth(0, 40 * 256);
            lists.setColumnWidth(1, 45 * 256);
            lists.setColumnWidth(2, 45 * 256);

            DataValidationHelper validations = plan.getDataValidationHelper();
            listValidation(plan, validations, PlanColumn.AREA, "'" + LISTS_SHEET + "'!$A$2:$A$" + (areas.size() + 1), texts.listHint());
            listValidation(plan, validations, PlanColumn.LEAD, "'" + LISTS_SHEET + "'!$B$2:$B$" + (leads.size() + 1), texts.listHint());
            for (PlanColumn column : List.of(PlanColumn.DEADLINE, PlanColumn.DOCUMENT_DATE)) {
                DataValidationConstraint dates = validations.createDateConstraint(DataValidationConstraint.OperatorType.BETWEEN,
                        "DATE(2000,1,1)", "DATE(2100,12,31)", "dd/mm/yyyy");
                DataValidation validation = validations.createValidation(dates, rows(column));
                validation.setShowErrorBox(true);
                validation.createErrorBox(column.header(), texts.dateHint());
                plan.addValidationData(validation);
            }

            help.setColumnWidth(0, 120 * 256);
            for (int i = 0; i < instructions.size(); i++) {
                help.createRow(i).createCell(0).setCellValue(instructions.get(i));
            }
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeList(Sheet sheet, int column, String title, List<String> values) {
        for (int i = 0; i <= values.size(); i++) {
            Row row = sheet.getRow(i) == null ? sheet.createRow(i) : sheet.getRow(i);
            row.createCell(column).setCellValue(i == 0 ? title : values.get(i - 1));
        }
    }

    private static void listValidation(Sheet plan, DataValidationHelper validations, PlanColumn column, String range,
            String hint) {
        DataValidation validation = validations.createValidation(validations.createFormulaListConstraint(range), rows(column));
        validation.setShowErrorBox(true);
        validation.createErrorBox(column.header(), hint);
        validation.setSuppressDropDownArrow(true);
        plan.addValidationData(validation);
    }

    private static CellRangeAddressList rows(PlanColumn column) {
        return new CellRangeAddressList(1, ROWS, column.ordinal(), column.ordinal());
    }
}
