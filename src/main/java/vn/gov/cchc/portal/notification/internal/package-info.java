/**
 * Notifications as stored, the reminders and digests that create them and the rules that time them.
 */
@org.jspecify.annotations.NullMarked
package vn.gov.cchc.portal.notification.internal;
