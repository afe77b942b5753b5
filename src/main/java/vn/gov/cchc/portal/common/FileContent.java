package vn.gov.cchc.portal.common;

/** A file's bytes for download, with the name and type to send. */
public record FileContent(String fileName, String mimeType, byte[] content) {
}
