package vn.gov.cchc.portal.shell.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.server.menu.MenuEntry;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * The drawer's menu as one element (ADR 0022, issue 32): the same {@code vaadin-side-nav} and its items as Vaadin's
 * SideNav components would draw, written once as HTML. The menu never changes while the page is open, and the
 * browser's side-nav marks the current item itself, so the server keeps one node instead of some forty components
 * (27 KB of every open screen). Labels are text, never markup: jsoup escapes them and the safelist admits only the
 * menu's own elements and attributes.
 */
final class DrawerMenu {

    private static final Safelist MENU = Safelist.none()
            .addTags("vaadin-side-nav", "vaadin-side-nav-item", "vaadin-icon")
            .addAttributes("vaadin-side-nav", "class")
            .addAttributes("vaadin-side-nav-item", "path")
            .addAttributes("vaadin-icon", "icon", "slot");

    private DrawerMenu() {
    }

    /** The entries the user may open, in the menu's order; labels are message keys. */
    static Html of(List<MenuEntry> entries, UnaryOperator<String> translate) {
        Element nav = new Element("vaadin-side-nav").addClass("main-nav");
        for (MenuEntry entry : entries) {
            Element item = nav.appendElement("vaadin-side-nav-item").attr("path", path(entry.path()));
            if (entry.icon() != null) {
                item.appendElement("vaadin-icon").attr("icon", entry.icon()).attr("slot", "prefix");
            }
            item.appendText(translate.apply(entry.title()));
        }
        return new Html(nav.outerHtml(), () -> MENU);
    }

    /** As SideNavItem writes it: relative to the application, without the leading slash. */
    private static String path(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }
}
