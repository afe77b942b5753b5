/**
 * The main layout with its role-aware menu, the header, and the home view.
 */
@org.jspecify.annotations.NullMarked
package vn.gov.cchc.portal.shell.ui;
