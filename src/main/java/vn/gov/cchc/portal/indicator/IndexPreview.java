package vn.gov.cchc.portal.indicator;

import java.util.List;
import vn.gov.cchc.portal.spreadsheet.RowProblem;
import vn.gov.cchc.portal.spreadsheet.SheetReader.SheetRow;

/**
 * What an index results file will save for a framework's year, row by row, and every problem that stops it;
 * {@code source} is the file's rows as read, checked again on confirmation.
 */
public record IndexPreview(long frameworkId, int year, String fileName, List<IndexLine> lines, List<RowProblem> problems,
        List<SheetRow> source) {

    public IndexPreview {
        lines = List.copyOf(lines);
        problems = List.copyOf(problems);
        source = List.copyOf(source);
    }

    public boolean confirmable() {
        return problems.isEmpty() && lines.stream().anyMatch(line -> line.action() != IndexLine.Action.UNCHANGED);
    }
}
