package vn.gov.cchc.portal.dashboard.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import java.util.List;
import java.util.function.Supplier;
import vn.gov.cchc.portal.common.Formats;

/**
 * Makes the dashboard's numbers clickable. Each link knows how to list exactly its tasks: the count it shows and
 * the list it opens come from the same ids ({@link DrillDownDialog}).
 */
final class DrillDowns {

    private final DrillDownDialog.Opener opener;

    DrillDowns(DrillDownDialog.Opener opener) {
        this.opener = opener;
    }

    /** A number that opens the tasks {@code ids} finds, titled {@code title}. */
    Button link(long value, String text, String title, Supplier<List<Long>> ids) {
        Button link = new Button(text, click -> opener.open(title, ids));
        link.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        link.addClassName("figure-number");
        link.getElement().setAttribute("data-count", String.valueOf(value));
        return link;
    }

    Button link(long value, String title, Supplier<List<Long>> ids) {
        return link(value, Formats.integer(value), title, ids);
    }
}
