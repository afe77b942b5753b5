/** The stored risk settings. */
@org.jspecify.annotations.NullMarked
package vn.gov.cchc.portal.warning.internal;
