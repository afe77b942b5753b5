/**
 * In-portal notifications: new assignments, completions returned or confirmed, extensions decided, tasks due
 * soon or overdue. Each opens its task.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
@org.jspecify.annotations.NullMarked
package vn.gov.cchc.portal.notification;
