/**
 * The sign-in page and the user's own password change.
 */
@org.jspecify.annotations.NullMarked
package vn.gov.cchc.portal.security.ui;
