/**
 * The administrator's screens of user accounts and roles.
 */
@org.jspecify.annotations.NullMarked
package vn.gov.cchc.portal.user.ui;
