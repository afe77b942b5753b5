package vn.gov.cchc.portal.brief;

/** The sections the secretariat writes; plain text, shown and exported as text, never as markup. */
public record Narratives(String situation, String assessment, String directions) {
}
