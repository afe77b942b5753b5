/**
 * Reform tasks: one directive assigned to many agencies (a parent and one child per agency), the append-only
 * history of each task, and the status engine that gives a task's status as of any date.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tasks")
@org.jspecify.annotations.NullMarked
package vn.gov.cchc.portal.task;
