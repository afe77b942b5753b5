package vn.gov.cchc.portal.common.ui;

import com.vaadin.flow.component.Component;

/** A page's title as the browser tab and screen readers announce it: the page, then the portal ("… · Cổng CCHC"). */
public final class PageTitles {

    private PageTitles() {
    }

    public static String of(Component page, String title) {
        return title + " · " + page.getTranslation("app.shortName");
    }
}
