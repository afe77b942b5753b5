/**
 * Session briefs: compiled for a session's cut-off date from the same figures as the dashboard, edited as drafts,
 * frozen when issued, and exported as DOCX and PDF laid out like a state document (Decree 30/2020/NĐ-CP).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Briefs")
@org.jspecify.annotations.NullMarked
package vn.gov.cchc.portal.brief;
