/**
 * The committee's inspections of ministries and provinces: the yearly plan, each inspection's team and visit, its
 * findings by reform area, the inspected agency's recommendations to central agencies and their follow-up, and the
 * conclusion notice whose requirements become tasks of the inspected agency. See ../shared/domain/inspections.md
 * (read when building, never by the build) and ADR 0016.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Inspections")
@org.jspecify.annotations.NullMarked
package vn.gov.cchc.portal.inspection;
