package vn.gov.cchc.portal.search;

/** A piece of a result's text, marked when it is one of the words searched for. */
public record Segment(String text, boolean match) {
}
