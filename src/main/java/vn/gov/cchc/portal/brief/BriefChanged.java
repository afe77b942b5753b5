package vn.gov.cchc.portal.brief;

/** A brief was compiled, written, issued or superseded (published in the transaction of the change). */
public record BriefChanged(long briefId) {
}
