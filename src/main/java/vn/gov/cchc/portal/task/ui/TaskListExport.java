package vn.gov.cchc.portal.task.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.common.ui.UiLocale;
import vn.gov.cchc.portal.spreadsheet.Column;
import vn.gov.cchc.portal.spreadsheet.ExportLink;
import vn.gov.cchc.portal.spreadsheet.SpreadsheetWriter;
import vn.gov.cchc.portal.task.TaskFilter;
import vn.gov.cchc.portal.task.TaskListService;
import vn.gov.cchc.portal.task.TaskRowColumns;
import vn.gov.cchc.portal.task.TaskSheetRow;

/**
 * The task list as the grid shows it (the same filter, order and as-of date), as an XLSX file written page by page
 * while it downloads: every row, not only those loaded in the grid.
 */
final class TaskListExport {

    private final TaskListService tasks;
    private final Component owner;
    private final List<Column<TaskSheetRow>> columns;
    private final String sheetName;

    /** Headers and labels are taken now, in the user's language of {@code owner}, the view that shows the list. */
    TaskListExport(TaskListService tasks, Component owner) {
        this.tasks = tasks;
        this.owner = owner;
        this.columns = TaskRowColumns.of(owner::getTranslation, owner.getUI().map(ui -> ui.getLocale()).orElse(UiLocale.VIETNAMESE));
        this.sheetName = owner.getTranslation("task.list.title");
    }

    /** Writes every row the filter selects; returns how many. */
    long write(OutputStream out, TaskFilter filter) {
        return SpreadsheetWriter.write(out, sheetName, columns, rows(filter));
    }

    /** The export button: the list under the filter the grid shows when the link is followed. */
    Anchor link(Supplier<TaskFilter> currentFilter) {
        return ExportLink.of(owner, () -> "nhiem-vu-" + Formats.date(currentFilter.get().asOf()).replace('/', '-'), sheetName,
                columns, () -> rows(currentFilter.get()));
    }

    private Consumer<Consumer<TaskSheetRow>> rows(TaskFilter filter) {
        return sink -> tasks.forEachRow(filter, sink);
    }
}
