package vn.gov.cchc.portal.spreadsheet;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import vn.gov.cchc.portal.common.Formats;

/** The problems of an uploaded spreadsheet, as the import screens list them: row, column, what is wrong. */
public class RowProblemGrid extends Grid<RowProblem> {

    public RowProblemGrid() {
        addClassName("plan-problems");
        addColumn(problem -> Formats.integer(problem.row())).setHeader(getTranslation("plan.field.row"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        addColumn(problem -> problem.column() == null ? "" : problem.column())
                .setHeader(getTranslation("plan.field.column")).setAutoWidth(true).setFlexGrow(0);
        addColumn(problem -> getTranslation(problem.messageKey(), problem.args()))
                .setHeader(getTranslation("plan.field.problem")).setFlexGrow(1);
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        setAllRowsVisible(true);
    }
}
