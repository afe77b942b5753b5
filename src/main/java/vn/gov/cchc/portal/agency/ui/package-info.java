/**
 * The administrator's screens of the agency registry: the list, an agency's details, its merges and other names.
 */
@org.jspecify.annotations.NullMarked
package vn.gov.cchc.portal.agency.ui;
