/**
 * The agency registry's entities, repositories and seed-time helpers; reached through {@code AgencyService}.
 */
@org.jspecify.annotations.NullMarked
package vn.gov.cchc.portal.agency.internal;
