/**
 * The dashboard's screens: figures per agency and group as of any date, each number opening its tasks.
 */
@org.jspecify.annotations.NullMarked
package vn.gov.cchc.portal.dashboard.ui;
