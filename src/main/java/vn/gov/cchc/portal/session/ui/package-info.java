/**
 * The sessions' screens: the calendar, a session with its agenda, invitations, documents and conclusions.
 */
@org.jspecify.annotations.NullMarked
package vn.gov.cchc.portal.session.ui;
