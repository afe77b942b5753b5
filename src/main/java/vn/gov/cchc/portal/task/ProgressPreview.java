package vn.gov.cchc.portal.task;

import java.util.List;
import vn.gov.cchc.portal.spreadsheet.RowProblem;
import vn.gov.cchc.portal.spreadsheet.SheetReader.SheetRow;

/**
 * What an agency's progress file will report, row by row, and every problem that stops it; {@code source} is the
 * file's rows as read, checked again when the agency confirms.
 */
public record ProgressPreview(String fileName, List<ProgressLine> lines, List<RowProblem> problems,
        List<SheetRow> source) {

    public ProgressPreview {
        lines = List.copyOf(lines);
        problems = List.copyOf(problems);
        source = List.copyOf(source);
    }

    public boolean confirmable() {
        return problems.isEmpty() && !lines.isEmpty();
    }
}
