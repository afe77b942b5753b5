package vn.gov.cchc.portal.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.common.ui.FieldErrors;
import vn.gov.cchc.portal.spreadsheet.Column;
import vn.gov.cchc.portal.spreadsheet.ExportLink;
import vn.gov.cchc.portal.task.TaskLinks;
import vn.gov.cchc.portal.task.TaskRow;
import vn.gov.cchc.portal.task.TaskRowColumns;
import vn.gov.cchc.portal.task.TaskSheetRow;

/** The tasks behind one number: all of them, read a page at a time, with the count in the title. */
final class DrillDownDialog extends Dialog {

    private static final int CHUNK = 500;

    /** Opens the list for a number. */
    interface Opener {
        void open(String title, Supplier<List<Long>> ids);
    }

    /** The rows of some ids as a spreadsheet writes them, numbered from a given number. */
    interface SheetRows {
        List<TaskSheetRow> apply(List<Long> ids, int firstNumber);
    }

    DrillDownDialog(String title, List<Long> ids, Function<List<Long>, List<TaskRow>> rows, SheetRows sheetRows,
            Locale locale) {
        setHeaderTitle(title + " · " + getTranslation("dashboard.drillDownCount", Formats.integer(ids.size())));
        addClassName("drill-down");
        setWidth("min(72rem, 100vw)");
        Grid<TaskRow> grid = new Grid<>();
        grid.addComponentColumn(row -> new Anchor(TaskLinks.secretariat(row.id()), "#" + row.id()))
                .setHeader(getTranslation("task.field.id")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(TaskRow::title).setHeader(getTranslation("task.field.title")).setFlexGrow(3);
        grid.addColumn(row -> row.leadAgency() == null ? "" : row.leadAgency().in(locale))
                .setHeader(getTranslation("task.field.lead")).setFlexGrow(2);
        grid.addColumn(row -> Formats.date(row.deadline())).setHeader(getTranslation("task.field.deadline")).setAutoWidth(true);
        grid.addColumn(row -> getTranslation(row.status().messageKey())).setHeader(getTranslation("task.field.status"))
                .setAutoWidth(true);
        grid.setItems(query -> page(ids, query.getOffset(), query.getLimit(), rows).stream(), query -> ids.size());
        add(grid);
        getFooter().add(export(title, ids, sheetRows, locale), new Button(getTranslation("action.close"), click -> close()));
    }

    /** The same tasks as a spreadsheet, read in chunks while it downloads. */
    private Anchor export(String title, List<Long> ids, SheetRows sheetRows, Locale locale) {
        List<Column<TaskSheetRow>> columns = TaskRowColumns.of(this::getTranslation, locale);
        return ExportLink.of(this, () -> "so-lieu-chi-tiet", title, columns, () -> sink -> {
            for (int from = 0; from < ids.size(); from += CHUNK) {
                sheetRows.apply(ids.subList(from, Math.min(ids.size(), from + CHUNK)), from + 1).forEach(sink);
            }
        });
    }

    /** The rows of ids[offset, offset + limit), read in chunks the service accepts. */
    private static List<TaskRow> page(List<Long> ids, int offset, int limit, Function<List<Long>, List<TaskRow>> rows) {
        List<TaskRow> page = new ArrayList<>();
        int end = (int) Math.min(ids.size(), (long) offset + limit);
        for (int from = Math.min(offset, end); from < end; from += CHUNK) {
            page.addAll(rows.apply(ids.subList(from, Math.min(end, from + CHUNK))));
        }
        return page;
    }

    /** Reads the ids (the service checks the access) and opens the list, or shows why it cannot. */
    static void open(Component owner, String title, Supplier<List<Long>> ids,
            Function<List<Long>, List<TaskRow>> rows, SheetRows sheetRows) {
        @SuppressWarnings("unchecked")
        List<Long>[] found = new List[1];
        if (new FieldErrors(owner).attempt(() -> found[0] = ids.get())) {
            new DrillDownDialog(title, found[0], rows, sheetRows, owner.getUI().map(ui -> ui.getLocale()).orElse(Locale.getDefault())).open();
        }
    }
}
