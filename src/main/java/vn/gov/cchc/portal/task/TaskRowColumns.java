package vn.gov.cchc.portal.task;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.gov.cchc.portal.spreadsheet.Column;

/**
 * The columns of a task list in a spreadsheet, the same wherever a list of tasks is exported (the task list, the
 * tasks behind a figure): the plan's columns ({@link PlanColumn}, their Vietnamese headers and order) so that the
 * file imports back unchanged, then the assignment date and the status, which an import does not read.
 */
public final class TaskRowColumns {

    /** How the supporting agencies are written in one cell, as the plan's instructions ask. */
    private static final String SUPPORT_SEPARATOR = "; ";

    private TaskRowColumns() {
    }

    /**
     * @param translate a key's text in the user's language, asked now (the rows are written later, on the download's
     *                  thread)
     * @param locale    the language of the agencies' names
     */
    public static List<Column<TaskSheetRow>> of(Function<String, String> translate, Locale locale) {
        Map<ReformArea, String> areas = new EnumMap<>(ReformArea.class);
        for (ReformArea area : ReformArea.values()) {
            areas.put(area, translate.apply(area.messageKey()));
        }
        Map<TaskStatus, String> statuses = new EnumMap<>(TaskStatus.class);
        for (TaskStatus status : TaskStatus.values()) {
            statuses.put(status, translate.apply(status.messageKey()));
        }
        return List.of(
                Column.integer(PlanColumn.NUMBER.header(), TaskSheetRow::number),
                Column.integer(PlanColumn.CODE.header(), line -> line.row().id()),
                text(PlanColumn.TITLE, line -> line.row().title()),
                text(PlanColumn.AREA, line -> areas.get(line.row().area())),
                text(PlanColumn.LEAD, line -> line.row().leadAgency() == null ? null : line.row().leadAgency().in(locale)),
                text(PlanColumn.SUPPORT, line -> line.support().isEmpty() ? null
                        : line.support().stream().map(name -> name.in(locale)).collect(Collectors.joining(SUPPORT_SEPARATOR))),
                Column.date(PlanColumn.DEADLINE.header(), line -> line.row().deadline()),
                text(PlanColumn.PRODUCT, TaskSheetRow::product),
                text(PlanColumn.DOCUMENT, line -> line.document().number()),
                Column.date(PlanColumn.DOCUMENT_DATE.header(), line -> line.document().date()),
                text(PlanColumn.SIGNER, line -> line.document().signer()),
                text(PlanColumn.NOTE, TaskSheetRow::note),
                Column.date(translate.apply("task.field.assignedOn"), line -> line.row().assignedOn()),
                Column.text(translate.apply("task.field.status"), 24, line -> statuses.get(line.row().status())));
    }

    private static Column<TaskSheetRow> text(PlanColumn column, Function<TaskSheetRow, Object> value) {
        return Column.text(column.header(), column.width(), value::apply);
    }
}
