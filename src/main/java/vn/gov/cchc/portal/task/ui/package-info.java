/**
 * The tasks' screens: the secretariat's list and a task's page, the agency's queue, reports, imports and exports.
 */
@org.jspecify.annotations.NullMarked
package vn.gov.cchc.portal.task.ui;
