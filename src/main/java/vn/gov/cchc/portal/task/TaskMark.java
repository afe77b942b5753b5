package vn.gov.cchc.portal.task;

/**
 * A set of tasks another module names by a rule of its own (the early warning's "at risk"), offered by the task grid
 * as one more filter. The module keeps what the condition reads in step with the tasks, and says so by publishing
 * {@link TaskMarksChanged} when it changes without a task changing.
 *
 * @see vn.gov.cchc.portal.task.TaskFilter#mark()
 */
public interface TaskMark {

    /** The mark's name in the grid's address ({@code tasks?mark=at-risk}). */
    String key();

    /** The message key of its name in the grid's filter. */
    String labelKey();

    /** The SQL condition a task (alias {@code t}) meets on the day {@code :asOf}. */
    String condition();
}
