package vn.gov.cchc.portal.spreadsheet;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The "Xuất Excel" button of a list: when followed, the rows are read (by the supplier, through a service, as the
 * signed-in user) and written straight into the download, never whole in memory.
 */
public final class ExportLink {

    private ExportLink() {
    }

    /**
     * @param owner    the view (its language gives the button's label)
     * @param fileName the downloaded file's name, without ".xlsx", asked when the link is followed
     * @param rows     asked when the link is followed: what pushes the rows of the list as it is then
     */
    public static <T> Anchor of(Component owner, Supplier<String> fileName, String sheetName, List<Column<T>> columns,
            Supplier<Consumer<Consumer<T>>> rows) {
        Anchor link = workbook(owner.getTranslation("export.xlsx"), VaadinIcon.DOWNLOAD_ALT, fileName, out -> {
            Consumer<Consumer<T>> pusher = rows.get();
            SpreadsheetWriter.write(out, sheetName, columns, pusher);
        });
        link.addClassName("export-xlsx");
        return link;
    }

    /**
     * A button that downloads a workbook written, when the link is followed, by {@code writer} (which must not
     * close the stream).
     *
     * @param fileName the downloaded file's name, without ".xlsx"
     */
    public static Anchor workbook(String label, VaadinIcon icon, Supplier<String> fileName, Consumer<OutputStream> writer) {
        Anchor link = new Anchor(event -> {
            event.setFileName(fileName.get() + ".xlsx");
            event.setContentType(SpreadsheetWriter.MIME_TYPE);
            try (OutputStream out = event.getOutputStream()) {
                writer.accept(out);
            }
        }, "");
        // the link is the one stop of the keyboard; the button inside only shows it
        Button look = new Button(label, icon.create());
        look.setTabIndex(-1);
        link.add(look);
        link.getElement().setAttribute("download", true);
        return link;
    }
}
