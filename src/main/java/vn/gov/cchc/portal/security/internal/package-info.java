/**
 * Sign-in, throttling, active sessions and the security filter chain.
 */
@org.jspecify.annotations.NullMarked
package vn.gov.cchc.portal.security.internal;
