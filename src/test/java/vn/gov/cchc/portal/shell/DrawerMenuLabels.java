package vn.gov.cchc.portal.shell;

import com.vaadin.flow.component.Html;
import java.util.List;
import org.jsoup.Jsoup;

/** The labels of the drawer's menu, as the browser shows them (the menu is one element: ADR 0022). */
final class DrawerMenuLabels {

    private DrawerMenuLabels() {
    }

    static List<String> of(List<Html> shown) {
        return shown.stream().filter(html -> html.getClassNames().contains("main-nav")).findFirst()
                .map(menu -> Jsoup.parseBodyFragment(menu.getInnerHtml()).select("vaadin-side-nav-item").eachText())
                .orElseThrow(() -> new AssertionError("no drawer menu on the page"));
    }
}
