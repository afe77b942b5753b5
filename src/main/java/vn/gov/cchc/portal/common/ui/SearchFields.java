package vn.gov.cchc.portal.common.ui;

import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * A list's text filter: it asks once the user pauses typing for {@value #PAUSE_MS} ms (Vaadin's default waits 400
 * ms, most of the time from the last keystroke to the rows, ADR 0022), and at once on Enter.
 */
public final class SearchFields {

    /** A pause shorter than most people's between two words, longer than between two letters of one. */
    public static final int PAUSE_MS = 150;

    private SearchFields() {
    }

    public static TextField asYouType(TextField field) {
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValueChangeTimeout(PAUSE_MS);
        // Enter sends the value with the key press itself: the pause is not waited for
        field.getElement().addEventListener("keydown", event -> {
        }).setFilter("event.key === 'Enter'").synchronizeProperty("value");
        return field;
    }
}
