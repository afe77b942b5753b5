/**
 * Who changed what and when. Entities are audited with Hibernate Envers; every revision records the signed-in
 * user. {@link vn.gov.cchc.portal.audit.AuditLog} turns an entity's revisions into readable before/after entries.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
@org.jspecify.annotations.NullMarked
package vn.gov.cchc.portal.audit;
