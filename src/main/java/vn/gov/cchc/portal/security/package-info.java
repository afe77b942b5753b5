/**
 * Sign-in, roles and the current user. Authorities are constants here so that every view annotation and every
 * {@code @PreAuthorize} names the same strings.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security")
@org.jspecify.annotations.NullMarked
package vn.gov.cchc.portal.security;
