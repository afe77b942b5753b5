package vn.gov.cchc.portal.support;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The keyboard alone on a page: Tab (or Shift+Tab) until the focus reaches an element by its accessible name, with
 * every stop's name and whether its focus could be seen recorded, so a journey can check the order and the focus
 * ring.
 */
public final class Keyboard {

    private static final int MOST_STOPS = 150;

    /**
     * The focused element, looked for through shadow roots: its name (a field's label, a button's or link's text or
     * aria-label), whether its focus is visible (a Vaadin component's focus-ring, or :focus-visible), and whether it
     * sits in an open dialog.
     */
    private static final String FOCUSED = """
            () => {
              let e = document.activeElement;
              while (e && e.shadowRoot && e.shadowRoot.activeElement) e = e.shadowRoot.activeElement;
              // the focus left the page (past its last stop, or its element was replaced): the browser's own stop
              if (!e || e === document.body) return {name: '', visible: true, inDialog: false, outside: true};
              const host = e.closest('[focus-ring]') || (e.getRootNode().host && e.getRootNode().host.closest('[focus-ring]'));
              const field = e.closest('vaadin-text-field,vaadin-text-area,vaadin-integer-field,vaadin-number-field,'
                  + 'vaadin-password-field,vaadin-combo-box,vaadin-date-picker,vaadin-checkbox,vaadin-select');
              let name = (field && field.label) || e.getAttribute('aria-label') || (e.innerText || e.value || '').trim();
              const shadowHost = e.getRootNode().host;
              if (!name && shadowHost) name = (shadowHost.getAttribute('aria-label') || shadowHost.innerText || '').trim();
              const overlay = e.closest('vaadin-dialog-overlay') || (document.querySelector('vaadin-dialog[opened]')
                  && document.querySelector('vaadin-dialog[opened]').contains(e));
              let visible = !!host || e.matches(':focus-visible');
              if (!name) name = '<' + e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                  + (e.getAttribute('part') ? ' part=' + e.getAttribute('part') : '') + '>';
              return {name: name.split('\\n')[0].trim(), visible: visible, inDialog: !!overlay, outside: false};
            }""";

    private final Page page;
    private final List<Stop> stops = new ArrayList<>();

    /** One stop of the focus; {@code outside}: it left the page for the browser's own controls. */
    public record Stop(String name, boolean focusVisible, boolean inDialog, boolean outside) {
    }

    public Keyboard(Page page) {
        this.page = page;
    }

    /** Presses Tab until the focus is on the element of that name (or its name starts with it); fails after 150 stops. */
    public Stop tabTo(String name) {
        return moveTo(name, "Tab");
    }

    /** As {@link #tabTo}, backwards. */
    public Stop shiftTabTo(String name) {
        return moveTo(name, "Shift+Tab");
    }

    public void press(String key) {
        page.keyboard().press(key);
    }

    public void type(String text) {
        page.keyboard().type(text);
    }

    /** Where the focus is now. */
    @SuppressWarnings("unchecked")
    public Stop focused() {
        Map<String, Object> found = (Map<String, Object>) page.evaluate(FOCUSED);
        return new Stop(String.valueOf(found.get("name")), Boolean.TRUE.equals(found.get("visible")),
                Boolean.TRUE.equals(found.get("inDialog")), Boolean.TRUE.equals(found.get("outside")));
    }

    /** Every stop the focus made so far. */
    public List<Stop> stops() {
        return List.copyOf(stops);
    }

    private Stop moveTo(String name, String key) {
        for (int i = 0; i < MOST_STOPS; i++) {
            page.keyboard().press(key);
            Stop stop = focused();
            stops.add(stop);
            if (stop.name().startsWith(name)) {
                return stop;
            }
        }
        throw new AssertionError("the keyboard never reached \"" + name + "\" in " + MOST_STOPS + " stops: "
                + stops.subList(Math.max(0, stops.size() - 30), stops.size()));
    }
}
