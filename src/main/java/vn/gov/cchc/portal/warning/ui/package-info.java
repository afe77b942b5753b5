/** The secretariat's screens of early warning: the agencies' tasks at risk as of a date, and the rule's settings. */
@org.jspecify.annotations.NullMarked
package vn.gov.cchc.portal.warning.ui;
