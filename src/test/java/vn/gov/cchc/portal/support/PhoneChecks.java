package vn.gov.cchc.portal.support;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;

/**
 * What a page must be at a phone's width (issue 31): nothing wider than the screen (no sideways scrolling), every
 * control large enough to touch (44 px high; a link inside a sentence excepted), and the page's primary action on
 * the first screen.
 */
public final class PhoneChecks {

    /** The minimum side of a touch target, in CSS pixels (WCAG 2.5.5). */
    public static final int TOUCH = 44;

    private static final String WIDER_THAN_SCREEN = """
            () => {
              const width = document.documentElement.clientWidth;
              const wide = [];
              const scrollers = [document.scrollingElement, ...document.querySelectorAll('main, vaadin-app-layout')];
              for (const s of scrollers) {
                if (s && s.scrollWidth > s.clientWidth + 1 && getComputedStyle(s).overflowX !== 'hidden') {
                  // name the outermost elements that stick out (not those inside a box that scrolls on its own)
                  const out = [...s.querySelectorAll('*')].filter(e => e.getBoundingClientRect().right > width + 1
                      && !(e.parentElement && e.parentElement.getBoundingClientRect().right > width + 1)
                      && !e.closest('vaadin-grid, .figure-table, .overview-recommendations'))
                    .slice(0, 3).map(e => e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).split(' ')[0] : ''));
                  wide.push((s.tagName || 'document').toLowerCase() + ' ' + s.scrollWidth + ' > ' + s.clientWidth + ' ' + out);
                }
              }
              return wide;
            }""";

    /** The visible controls smaller than a touch target, by their text and size. */
    private static final String SMALL_TARGETS = """
            (touch) => {
              const selector = 'vaadin-button, a[href], vaadin-checkbox, vaadin-radio-button, vaadin-side-nav-item, vaadin-tab,'
                  + ' vaadin-combo-box, vaadin-text-field, vaadin-text-area, vaadin-integer-field, vaadin-number-field,'
                  + ' vaadin-date-picker, vaadin-select, vaadin-password-field, vaadin-drawer-toggle, vaadin-menu-bar-button';
              const small = [];
              const all = [];
              const visit = root => {
                root.querySelectorAll(selector).forEach(e => all.push(e));
                root.querySelectorAll('*').forEach(e => { if (e.shadowRoot && e.tagName.startsWith('VAADIN-GRID')) visit(e.shadowRoot); });
              };
              visit(document);
              for (const e of all) {
                const r = e.getBoundingClientRect();
                if (r.width === 0 || r.height === 0 || getComputedStyle(e).visibility === 'hidden') continue;
                if (e.closest('copilot-main, vaadin-dev-tools')) continue;
                // a link inside a sentence is exempt (WCAG 2.5.5, "inline")
                if (e.tagName === 'A' && e.parentElement && ['P', 'LI', 'SPAN'].includes(e.parentElement.tagName)
                    && e.parentElement.textContent.trim().length > e.textContent.trim().length) continue;
                const box = e.tagName.startsWith('VAADIN-') && e.shadowRoot && e.shadowRoot.querySelector('[part="input-field"]')
                    ? e.shadowRoot.querySelector('[part="input-field"]').getBoundingClientRect() : r;
                if (box.height < touch - 0.5 || r.width < touch - 0.5) {
                  small.push((e.getAttribute('aria-label') || e.label || e.textContent || e.tagName).trim().slice(0, 40)
                      + ' ' + Math.round(r.width) + '×' + Math.round(box.height));
                }
              }
              return small;
            }""";

    private PhoneChecks() {
    }

    @SuppressWarnings("unchecked")
    public static List<String> widerThanScreen(Page page) {
        return (List<String>) page.evaluate(WIDER_THAN_SCREEN);
    }

    @SuppressWarnings("unchecked")
    public static List<String> smallTargets(Page page) {
        return (List<String>) page.evaluate(SMALL_TARGETS, TOUCH);
    }

    /** Whether the element is wholly on the first screen (the page not scrolled). */
    @SuppressWarnings("unchecked")
    public static boolean onFirstScreen(Page page, Locator element) {
        Map<String, Object> box = (Map<String, Object>) element.evaluate(
                "e => { const r = e.getBoundingClientRect(); return {top: r.top, bottom: r.bottom}; }");
        double bottom = ((Number) box.get("bottom")).doubleValue();
        double top = ((Number) box.get("top")).doubleValue();
        return top >= 0 && bottom <= page.viewportSize().height;
    }
}
