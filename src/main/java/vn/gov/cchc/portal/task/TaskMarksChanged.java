package vn.gov.cchc.portal.task;

/** What a {@link TaskMark} reads changed without a task changing (the task grid's cached lists are dropped). */
public record TaskMarksChanged() {
}
