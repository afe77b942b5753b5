package vn.gov.cchc.portal.task;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import vn.gov.cchc.portal.common.Formats;

/**
 * The rows of a plan file as the import screens preview them: row, what it does, task, title, area, lead, and the
 * deadline read beside what the file wrote ("Quý IV/2024 → 31/12/2024").
 */
public class PlanLinesGrid extends Grid<PlanLine> {

    public PlanLinesGrid() {
        addClassName("plan-lines");
        addColumn(line -> Formats.integer(line.row())).setHeader(getTranslation("plan.field.row"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        addColumn(line -> getTranslation(line.action().messageKey())).setHeader(getTranslation("plan.field.action"))
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(line -> line.taskId() == null ? "" : "#" + line.taskId()).setHeader(getTranslation("task.field.id"))
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(PlanLine::title).setHeader(getTranslation("task.field.title")).setFlexGrow(4);
        addColumn(line -> line.area() == null ? "" : getTranslation(line.area().messageKey()))
                .setHeader(getTranslation("task.field.area")).setFlexGrow(2);
        addColumn(PlanLine::lead).setHeader(getTranslation("task.field.lead")).setFlexGrow(2);
        addColumn(PlanLinesGrid::deadline).setHeader(getTranslation("task.field.deadline")).setAutoWidth(true).setFlexGrow(0);
        setHeight("50vh");
    }

    /** The deadline read, beside what the file wrote when it wrote a period: "Quý IV/2024 → 31/12/2024". */
    static String deadline(PlanLine line) {
        String read = Formats.date(line.deadline());
        return line.deadlineWritten().isEmpty() ? read : line.deadline() == null ? line.deadlineWritten()
                : line.deadlineWritten() + " → " + read;
    }
}
