package vn.gov.cchc.portal.storage;

/** A file kept on disk: its key, checked kind, size and SHA-256 (hex). */
public record StoredFile(String key, FileKind kind, long size, String sha256) {
}
