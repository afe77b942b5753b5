/**
 * Figures agencies report each period (dossiers resolved on time, online services, digitisation…): the indicator
 * catalogue, the checks the secretariat makes on a submission, and, to come, reporting rounds and the published
 * indices. See ../shared/domain/indicators.md (read when building, never by the build) and ADR 0015.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Indicators")
@org.jspecify.annotations.NullMarked
package vn.gov.cchc.portal.indicator;
