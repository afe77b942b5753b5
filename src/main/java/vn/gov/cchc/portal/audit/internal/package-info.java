/**
 * Envers' revision entity and listener: who changed what, and when.
 */
@org.jspecify.annotations.NullMarked
package vn.gov.cchc.portal.audit.internal;
