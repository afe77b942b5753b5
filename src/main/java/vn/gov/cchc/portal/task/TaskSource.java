package vn.gov.cchc.portal.task;

import java.util.Optional;

/**
 * A module that gives tasks to agencies (an inspection's conclusion notice gives its requirements) tells the task's
 * page where a task came from, without the task module knowing that module.
 */
public interface TaskSource {

    /** Where the task came from, if this module gave it. */
    Optional<TaskSourceLink> sourceOf(long taskId);
}
