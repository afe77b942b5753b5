/**
 * User accounts as stored, the user details service and the demo users.
 */
@org.jspecify.annotations.NullMarked
package vn.gov.cchc.portal.user.internal;
