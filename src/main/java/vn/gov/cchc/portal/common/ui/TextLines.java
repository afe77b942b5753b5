package vn.gov.cchc.portal.common.ui;

import com.vaadin.flow.component.Html;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * Lines of text that are only read — a task's history, the agencies' notes — as one element: a {@code div} of
 * paragraphs, written once as HTML (ADR 0022, issue 32). A paragraph component per line costs the server a state node,
 * its features and its share of every response, and a task's history only grows. The lines are text, never markup:
 * jsoup escapes them and the safelist admits only the paragraphs and the block's class.
 */
public final class TextLines {

    private static final Safelist LINES = Safelist.none().addTags("div", "p").addAttributes("div", "class");

    private TextLines() {
    }

    /** A block with the given CSS class holding one paragraph per line; an empty list gives an empty block. */
    public static Html of(String className, List<String> lines) {
        Element block = new Element("div").addClass(className);
        lines.forEach(line -> block.appendElement("p").appendText(line));
        return new Html(block.outerHtml(), () -> LINES);
    }
}
