package vn.gov.cchc.portal.task.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import java.io.OutputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.common.ui.UiLocale;
import vn.gov.cchc.portal.spreadsheet.Column;
import vn.gov.cchc.portal.spreadsheet.ExportLink;
import vn.gov.cchc.portal.spreadsheet.SpreadsheetWriter;
import vn.gov.cchc.portal.task.ReformArea;
import vn.gov.cchc.portal.task.TaskFilter;
import vn.gov.cchc.portal.task.TaskQueryService;
import vn.gov.cchc.portal.task.TaskRow;
import vn.gov.cchc.portal.task.TaskStatus;

/**
 * The task list as the grid shows it (the same filter, order and as-of date), as an XLSX file written page by page
 * while it downloads: every row, not only those loaded in the grid.
 */
final class TaskListExport {

    private final TaskQueryService queries;
    private final List<Column<TaskRow>> columns;
    private final String sheetName;

    /** Headers and labels are taken now, in the user's language, from {@code labels}. */
    TaskListExport(TaskQueryService queries, Component labels) {
        this.queries = queries;
        Locale locale = labels.getUI().map(ui -> ui.getLocale()).orElse(UiLocale.VIETNAMESE);
        Map<ReformArea, String> areas = new EnumMap<>(ReformArea.class);
        for (ReformArea area : ReformArea.values()) {
            areas.put(area, labels.getTranslation(area.messageKey()));
        }
        Map<TaskStatus, String> statuses = new EnumMap<>(TaskStatus.class);
        for (TaskStatus status : TaskStatus.values()) {
            statuses.put(status, labels.getTranslation(status.messageKey()));
        }
        this.columns = List.of(
                Column.integer(labels.getTranslation("task.field.id"), TaskRow::id),
                Column.text(labels.getTranslation("task.field.title"), 70, TaskRow::title),
                Column.text(labels.getTranslation("task.field.lead"), 30, row -> row.leadAgency() == null ? null : row.leadAgency().in(locale)),
                Column.text(labels.getTranslation("task.field.area"), 28, row -> areas.get(row.area())),
                Column.date(labels.getTranslation("task.field.assignedOn"), TaskRow::assignedOn),
                Column.date(labels.getTranslation("task.field.deadline"), TaskRow::deadline),
                Column.text(labels.getTranslation("task.field.status"), 24, row -> statuses.get(row.status())));
        this.sheetName = labels.getTranslation("task.list.title");
    }

    /** Writes every row the filter selects; returns how many. */
    long write(OutputStream out, TaskFilter filter) {
        return SpreadsheetWriter.write(out, sheetName, columns, rows(filter));
    }

    private Consumer<Consumer<TaskRow>> rows(TaskFilter filter) {
        return sink -> queries.forEachRow(filter, sink);
    }

    /** The export button: the list under the filter the grid shows when the link is followed. */
    Anchor link(Component owner, Supplier<TaskFilter> currentFilter) {
        return ExportLink.of(owner, () -> "nhiem-vu-" + Formats.date(currentFilter.get().asOf()).replace('/', '-'), sheetName,
                columns, () -> rows(currentFilter.get()));
    }
}
