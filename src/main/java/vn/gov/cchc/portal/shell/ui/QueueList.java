package vn.gov.cchc.portal.shell.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.function.LongFunction;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.task.QueueItem;
import vn.gov.cchc.portal.task.QueueReason;
import vn.gov.cchc.portal.task.WorkQueue;

/**
 * One work queue on the home page: its name with the total, then each task as a link to the work, with how long
 * a request has waited or when the task is due.
 */
final class QueueList extends Div {

    QueueList(WorkQueue queue, LocalDate today, LongFunction<String> link, String moreLink) {
        addClassName("work-queue");
        getElement().setAttribute("data-reason", queue.reason().name());
        add(new H3(getTranslation("home.queue.title", getTranslation(queue.reason().messageKey()),
                Formats.integer(queue.total()))));
        if (queue.isEmpty()) {
            add(new Paragraph(getTranslation("home.queue.empty")));
            return;
        }
        UnorderedList list = new UnorderedList();
        for (QueueItem item : queue.items()) {
            Anchor anchor = new Anchor(link.apply(item.taskId()), item.title());
            anchor.addClassName("queue-item");
            list.add(new ListItem(anchor, new Span(" — " + detail(item, today))));
        }
        add(list);
        if (queue.total() > queue.items().size()) {
            String more = getTranslation("home.queue.more", Formats.integer(queue.total() - queue.items().size()));
            add(moreLink == null ? new Paragraph(more) : new Paragraph(new Anchor(moreLink, more)));
        }
    }

    private String detail(QueueItem item, LocalDate today) {
        String agency = item.agency() == null ? "" : item.agency().in(getLocale()) + " · ";
        boolean waiting = item.reason() == QueueReason.PROPOSAL || item.reason() == QueueReason.EXTENSION
                || item.reason() == QueueReason.RETURNED || item.reason() == QueueReason.DRAFT;
        if (waiting && item.since() != null) {
            return agency + getTranslation("home.queue.waiting", Formats.date(item.since()),
                    ChronoUnit.DAYS.between(item.since(), today));
        }
        if (item.deadline() == null) {
            return agency + getTranslation("task.noDeadline");
        }
        return agency + getTranslation("home.queue.deadline", Formats.date(item.deadline()));
    }
}
