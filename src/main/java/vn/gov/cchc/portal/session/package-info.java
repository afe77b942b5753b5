/**
 * The steering committee's numbered sessions: details and lifecycle, agenda, attendance per agency, documents,
 * and the conclusion notice with its numbered paragraphs (which later become tasks). Every change is audited.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sessions")
@org.jspecify.annotations.NullMarked
package vn.gov.cchc.portal.session;
