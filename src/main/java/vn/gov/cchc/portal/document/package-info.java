/**
 * State documents the secretariat issues (session briefs, inspection conclusion notices): the document model laid out
 * the Decree 30/2020 way and its DOCX and PDF writers, the register of signers with their positions and dates, the
 * rule that the one who approves a document is not the one who drafted it, and the PAdES signature on the issued PDF
 * (ADR 0023). The modules that issue documents compose them (the brief's {@code BriefLayout}, the inspection's
 * {@code ConclusionNotice}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "State documents")
@org.jspecify.annotations.NullMarked
package vn.gov.cchc.portal.document;
