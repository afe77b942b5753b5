package vn.gov.cchc.portal.task;

public record EvidenceContent(String fileName, String mimeType, byte[] content) {
}
