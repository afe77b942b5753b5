package vn.gov.cchc.portal.task.ui;

import com.vaadin.flow.component.Html;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;
import vn.gov.cchc.portal.agency.AgencyName;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.common.Texts;
import vn.gov.cchc.portal.session.SessionLinks;
import vn.gov.cchc.portal.task.TaskDetails;
import vn.gov.cchc.portal.task.TaskOrigin;
import vn.gov.cchc.portal.task.TaskSourceLink;

/**
 * What a task is and where it came from, the same on the secretariat's and the agency's page: the assigning
 * document, the session and conclusion paragraph (a link), the area, the agencies, the deadlines and the product.
 * An empty field shows "—", never a sentence with holes.
 *
 * <p>The facts are only read, so they are one element, a definition list written once as HTML (ADR 0022, issue 32:
 * a form layout with a label and a value component per fact held 13 KB of every open task page). Every text is text,
 * never markup: jsoup escapes it and the safelist admits only the list, its links and the conclusion's line.
 */
final class TaskFacts {

    private static final Safelist FACTS = Safelist.none().addTags("dl", "dt", "dd", "a", "div")
            .addAttributes("dl", "class").addAttributes("a", "href");

    private final Locale locale;
    private final Element list = new Element("dl").addClass("task-facts");

    private TaskFacts(Locale locale) {
        this.locale = locale;
    }

    /** The facts of a task in the page's language. */
    static Html of(TaskDetails task, List<TaskSourceLink> sources, Locale locale) {
        return new TaskFacts(locale).facts(task, sources);
    }

    private Html facts(TaskDetails task, List<TaskSourceLink> sources) {
        fact("task.field.document", document(task));
        fact("task.field.docExcerpt", task.docExcerpt());
        TaskOrigin origin = task.origin();
        if (!origin.isEmpty()) {
            Element source = term("task.field.origin");
            source.appendElement("a").attr("href", SessionLinks.session(origin.sessionId()))
                    .text(text("task.origin.session", origin.sessionNumber(), origin.sessionTitle()));
            if (origin.conclusionNumber() != null) {
                source.appendElement("div").text(text("task.origin.conclusion", origin.conclusionNumber(),
                        origin.conclusionText()));
            }
        }
        for (TaskSourceLink link : sources) {
            term("task.field.origin").appendElement("a").attr("href", link.route())
                    .text(text(link.messageKey(), link.arguments().toArray()));
        }
        fact("task.field.description", task.description());
        fact("task.field.area", text(task.area().messageKey()));
        fact("task.field.lead", task.directive() ? text("task.directive") : name(task.leadAgency()));
        fact("task.field.support", task.supportAgencies().stream().map(this::name).collect(Collectors.joining(", ")));
        fact("task.field.assignedOn", Formats.date(task.assignedOn()));
        fact("task.field.originalDeadline", task.originalDeadline() == null ? text("task.noDeadline")
                : Formats.date(task.originalDeadline()));
        if (!Objects.equals(task.originalDeadline(), task.deadline())) {
            fact("task.field.extendedDeadline", task.deadline() == null ? text("task.noDeadline")
                    : Formats.date(task.deadline()));
        }
        fact("task.field.product", task.product());
        fact("task.field.priority", text(task.priority().messageKey()));
        fact("task.field.planYear", String.valueOf(task.planYear()));
        return new Html(list.outerHtml(), () -> FACTS);
    }

    /** "304/TB-VPCP ngày 19/07/2023, người ký: Trần Văn Sơn", leaving out the parts that are missing. */
    private String document(TaskDetails task) {
        if (task.document().number() == null || task.document().number().isBlank()) {
            return null;
        }
        StringBuilder text = new StringBuilder(task.document().number());
        if (task.document().date() != null) {
            text.append(' ').append(text("task.document.date", Formats.date(task.document().date())));
        }
        if (task.document().signer() != null && !task.document().signer().isBlank()) {
            text.append(", ").append(text("task.document.signer", task.document().signer()));
        }
        return text.toString();
    }

    private String name(AgencyName agency) {
        return agency == null ? null : agency.in(locale);
    }

    private String text(String key, Object... arguments) {
        return Texts.get(locale, key, arguments);
    }

    /** A label and its value element, to be filled. */
    private Element term(String key) {
        list.appendElement("dt").text(text(key));
        return list.appendElement("dd");
    }

    private void fact(String key, String value) {
        term(key).text(value == null || value.isBlank() ? "—" : value);
    }
}
