package vn.gov.cchc.portal.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/**
 * A small table of figures: a first column of names, then numbers right-aligned. Plain HTML, so every number link
 * is a real component on the page (and in browserless tests), and the table reads well on a phone.
 */
final class FigureTable extends NativeTable {

    FigureTable(String caption, List<String> headers) {
        addClassName("figure-table");
        getElement().setAttribute("aria-label", caption);
        NativeTableRow header = new NativeTableRow();
        for (int i = 0; i < headers.size(); i++) {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(headers.get(i));
            if (i > 0) {
                cell.addClassName("number");
            }
            header.add(cell);
        }
        NativeTableHeader head = new NativeTableHeader();
        head.add(header);
        add(head, new NativeTableBody());
    }

    /** Adds a row: the name, then one cell per number (a link or a plain value). */
    void row(String name, Component... numbers) {
        NativeTableRow row = new NativeTableRow();
        row.add(new NativeTableCell(name));
        for (Component number : numbers) {
            NativeTableCell cell = new NativeTableCell(number);
            cell.addClassName("number");
            row.add(cell);
        }
        getChildren().filter(NativeTableBody.class::isInstance).map(NativeTableBody.class::cast).findFirst()
                .orElseThrow().add(row);
    }

    static Span value(String text) {
        return new Span(text);
    }
}
