package vn.gov.cchc.portal.task;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import vn.gov.cchc.portal.spreadsheet.Column;

/**
 * The columns of a task list in a spreadsheet, the same wherever a list of tasks is exported (the task list, the
 * tasks behind a figure): the grid's columns with real dates.
 */
public final class TaskRowColumns {

    private TaskRowColumns() {
    }

    /**
     * @param translate a key's text in the user's language, asked now (the rows are written later, on the download's
     *                  thread)
     * @param locale    the language of the agencies' names
     */
    public static List<Column<TaskRow>> of(Function<String, String> translate, Locale locale) {
        Map<ReformArea, String> areas = new EnumMap<>(ReformArea.class);
        for (ReformArea area : ReformArea.values()) {
            areas.put(area, translate.apply(area.messageKey()));
        }
        Map<TaskStatus, String> statuses = new EnumMap<>(TaskStatus.class);
        for (TaskStatus status : TaskStatus.values()) {
            statuses.put(status, translate.apply(status.messageKey()));
        }
        return List.of(
                Column.integer(translate.apply("task.field.id"), TaskRow::id),
                Column.text(translate.apply("task.field.title"), 70, TaskRow::title),
                Column.text(translate.apply("task.field.lead"), 30, row -> row.leadAgency() == null ? null : row.leadAgency().in(locale)),
                Column.text(translate.apply("task.field.area"), 28, row -> areas.get(row.area())),
                Column.date(translate.apply("task.field.assignedOn"), TaskRow::assignedOn),
                Column.date(translate.apply("task.field.deadline"), TaskRow::deadline),
                Column.text(translate.apply("task.field.status"), 24, row -> statuses.get(row.status())));
    }
}
