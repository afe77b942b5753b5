package vn.gov.cchc.portal.task;

import java.time.LocalDate;
import vn.gov.cchc.portal.security.CurrentUser;

/**
 * Where the task module's pages are, for links from other modules: each route is named once here and the views
 * declare their routes with these constants, so a link can never point at a page that moved.
 */
public final class TaskLinks {

    /** The secretariat's task grid; {@code ?conclusion=ID} opens the assignment dialog for a conclusion paragraph. */
    public static final String TASKS = "tasks";
    /** Importing the yearly plan from a spreadsheet. */
    public static final String PLAN_IMPORT = "tasks/import";
    /** One task as the secretariat, administrators and committee members read it. */
    public static final String TASK = "task";
    /** The agency's own task list. */
    public static final String AGENCY_TASKS = "agency/tasks";
    /** The agency reports progress on many tasks from its filled-in task list. */
    public static final String AGENCY_PROGRESS_IMPORT = "agency/progress-import";
    /** One task as its lead or supporting agency works on it. */
    public static final String AGENCY_TASK = "agency/task";

    private TaskLinks() {
    }

    public static String secretariat(long taskId) {
        return TASK + "/" + taskId;
    }

    public static String agency(long taskId) {
        return AGENCY_TASK + "/" + taskId;
    }

    /** The task's page for the signed-in user: the agency workspace for agency users, the task page otherwise. */
    public static String forUser(CurrentUser user, long taskId) {
        return user.isCentralReader() ? secretariat(taskId) : agency(taskId);
    }

    /** The task grid showing one agency's tasks in one status as of today. */
    public static String tasksOf(long agencyId, TaskStatus status) {
        return TASKS + "?agency=" + agencyId + "&status=" + status.name();
    }

    /** The task grid of the tasks bearing a mark (a {@link TaskMark}'s key) as of a day. */
    public static String marked(String mark, LocalDate asOf) {
        return TASKS + "?mark=" + mark + "&asOf=" + asOf;
    }

    /** The task grid, opening the dialog that assigns tasks from one conclusion paragraph. */
    public static String assignFromConclusion(long conclusionId) {
        return TASKS + "?conclusion=" + conclusionId;
    }
}
