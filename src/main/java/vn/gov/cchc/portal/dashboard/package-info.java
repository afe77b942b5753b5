/**
 * Figures as of any cut-off date, per group, reform area and agency, in the official two-by-two convention, with
 * a drill-down to exactly the tasks behind each number.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dashboard")
@org.jspecify.annotations.NullMarked
package vn.gov.cchc.portal.dashboard;
