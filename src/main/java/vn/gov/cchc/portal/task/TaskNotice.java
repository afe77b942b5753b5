package vn.gov.cchc.portal.task;

import java.util.Locale;
import java.util.Optional;

/**
 * A module that judges tasks (early warning says a task is at risk of being late) tells the task's page, in the
 * reader's language, without the task module knowing that module.
 */
public interface TaskNotice {

    /** What this module says of the task today, if anything. */
    Optional<String> noticeOf(long taskId, Locale locale);
}
