package vn.gov.cchc.portal.common.ui;

import com.vaadin.flow.component.tabs.TabSheet;

/**
 * A tab sheet whose tab list holds only its tabs (ADR 0027): Vaadin's tab list keeps its scrolling box focusable
 * by script ({@code tabindex="-1"}), which screen readers and axe-core read as a child of the tab list that is not a
 * tab (WCAG 4.1.2, "aria-required-children"). The box is never a keyboard stop, so the attribute is taken away once the
 * tab list is drawn.
 */
public final class AccessibleTabs {

    private AccessibleTabs() {
    }

    public static TabSheet of(TabSheet sheet) {
        sheet.addAttachListener(event -> sheet.getElement().executeJs("""
                customElements.whenDefined('vaadin-tabs').then(() => {
                  const tabs = this.querySelector('vaadin-tabs');
                  const clean = () => {
                    const box = tabs && tabs.shadowRoot && tabs.shadowRoot.querySelector('[part="tabs"]');
                    if (box) box.removeAttribute('tabindex');
                    return !!box;
                  };
                  if (!clean()) requestAnimationFrame(clean);
                  if (tabs && tabs.updateComplete) tabs.updateComplete.then(clean);
                });"""));
        return sheet;
    }
}
