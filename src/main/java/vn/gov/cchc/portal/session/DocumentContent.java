package vn.gov.cchc.portal.session;

/** A document's bytes for download, with the name and type to send. */
public record DocumentContent(String fileName, String mimeType, byte[] content) {
}
