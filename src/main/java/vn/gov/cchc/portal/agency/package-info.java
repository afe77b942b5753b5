/**
 * The registry of ministry-level agencies and provinces, with their validity dates and successors (the 2025
 * merges), so that figures for a past date count agencies as they were.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Agencies")
@org.jspecify.annotations.NullMarked
package vn.gov.cchc.portal.agency;
