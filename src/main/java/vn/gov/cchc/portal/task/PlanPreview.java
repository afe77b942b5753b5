package vn.gov.cchc.portal.task;

import java.util.List;
import vn.gov.cchc.portal.common.DocumentRef;
import vn.gov.cchc.portal.spreadsheet.RowProblem;
import vn.gov.cchc.portal.spreadsheet.SheetReader.SheetRow;

/**
 * What importing a plan file will do, row by row, and every problem that stops it; {@code source} is the file's
 * rows as read, which the confirmation checks again before it saves anything, with the plan's document as typed at
 * upload. After a confirmation, the lines
 * say what was done.
 */
public record PlanPreview(String fileName, List<PlanLine> lines, List<RowProblem> problems, List<SheetRow> source,
        DocumentRef document) {

    public PlanPreview {
        lines = List.copyOf(lines);
        problems = List.copyOf(problems);
        source = List.copyOf(source);
    }

    public PlanPreview(String fileName, List<PlanLine> lines, List<RowProblem> problems, List<SheetRow> source) {
        this(fileName, lines, problems, source, DocumentRef.NONE);
    }

    public long count(PlanAction action) {
        return lines.stream().filter(line -> line.action() == action).count();
    }

    /** Something to save, and nothing in the way. */
    public boolean confirmable() {
        return problems.isEmpty() && lines.stream().anyMatch(line -> line.action() != PlanAction.UNCHANGED);
    }
}
