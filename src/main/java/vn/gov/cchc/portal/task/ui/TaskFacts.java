package vn.gov.cchc.portal.task.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import vn.gov.cchc.portal.agency.AgencyName;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.session.SessionLinks;
import vn.gov.cchc.portal.task.TaskDetails;
import vn.gov.cchc.portal.task.TaskOrigin;
import vn.gov.cchc.portal.task.TaskSourceLink;

/**
 * What a task is and where it came from, the same on the secretariat's and the agency's page: the assigning
 * document, the session and conclusion paragraph (a link), the area, the agencies, the deadlines and the product.
 * An empty field shows "—", never a sentence with holes.
 */
final class TaskFacts extends FormLayout {

    TaskFacts(TaskDetails task, List<TaskSourceLink> sources) {
        addClassName("task-facts");
        fact("task.field.document", document(task));
        fact("task.field.docExcerpt", task.docExcerpt());
        TaskOrigin origin = task.origin();
        if (!origin.isEmpty()) {
            Div source = new Div(new Anchor(SessionLinks.session(origin.sessionId()),
                    getTranslation("task.origin.session", origin.sessionNumber(), origin.sessionTitle())));
            if (origin.conclusionNumber() != null) {
                source.add(new Div(getTranslation("task.origin.conclusion", origin.conclusionNumber(), origin.conclusionText())));
            }
            addFormItem(source, getTranslation("task.field.origin"));
        }
        for (TaskSourceLink link : sources) {
            addFormItem(new Anchor(link.route(), getTranslation(link.messageKey(), link.arguments().toArray())),
                    getTranslation("task.field.origin"));
        }
        fact("task.field.description", task.description());
        fact("task.field.area", getTranslation(task.area().messageKey()));
        fact("task.field.lead", task.directive() ? getTranslation("task.directive") : name(task.leadAgency()));
        fact("task.field.support", task.supportAgencies().stream().map(this::name).collect(Collectors.joining(", ")));
        fact("task.field.assignedOn", Formats.date(task.assignedOn()));
        fact("task.field.originalDeadline", task.originalDeadline() == null ? getTranslation("task.noDeadline")
                : Formats.date(task.originalDeadline()));
        if (!Objects.equals(task.originalDeadline(), task.deadline())) {
            fact("task.field.extendedDeadline", task.deadline() == null ? getTranslation("task.noDeadline")
                    : Formats.date(task.deadline()));
        }
        fact("task.field.product", task.product());
        fact("task.field.priority", getTranslation(task.priority().messageKey()));
        fact("task.field.planYear", String.valueOf(task.planYear()));
    }

    /** "304/TB-VPCP ngày 19/07/2023, người ký: Trần Văn Sơn", leaving out the parts that are missing. */
    private String document(TaskDetails task) {
        if (task.document().number() == null || task.document().number().isBlank()) {
            return null;
        }
        StringBuilder text = new StringBuilder(task.document().number());
        if (task.document().date() != null) {
            text.append(' ').append(getTranslation("task.document.date", Formats.date(task.document().date())));
        }
        if (task.document().signer() != null && !task.document().signer().isBlank()) {
            text.append(", ").append(getTranslation("task.document.signer", task.document().signer()));
        }
        return text.toString();
    }

    private String name(AgencyName agency) {
        return agency == null ? null : agency.in(getLocale());
    }

    private void fact(String key, String value) {
        addFormItem(text(value), getTranslation(key));
    }

    private static Component text(String value) {
        return new Span(value == null || value.isBlank() ? "—" : value);
    }
}
