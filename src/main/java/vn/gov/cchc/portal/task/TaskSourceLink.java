package vn.gov.cchc.portal.task;

import java.util.List;

/** Where a task came from, as its page links it: a message with its arguments, and the route it opens. */
public record TaskSourceLink(String messageKey, List<Object> arguments, String route) {

    public TaskSourceLink {
        arguments = List.copyOf(arguments);
    }
}
