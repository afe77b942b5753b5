package vn.gov.cchc.portal.document;

/** The kinds of state documents the portal issues with a signed PDF ({@link SignedPdfs}). */
public enum SignedDocument {
    BRIEF,
    CONCLUSION_NOTICE
}
