package vn.gov.cchc.portal.storage;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/**
 * A file kept in the file store, as the row that lists it holds it: the name shown, the checked kind, size and
 * SHA-256 (hex), the random key it is stored under, and who uploaded it when.
 */
@Embeddable
public class StoredFile {

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private FileKind kind;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(nullable = false, length = 64, columnDefinition = "char(64)")
    private String sha256;

    @Column(name = "storage_key", nullable = false, length = 64)
    private String storageKey;

    @Column(name = "uploaded_by", nullable = false, length = 64)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected StoredFile() {
    }

    StoredFile(String fileName, FileKind kind, long size, String sha256, String storageKey, String uploadedBy,
            Instant uploadedAt) {
        this.fileName = fileName;
        this.kind = kind;
        this.size = size;
        this.sha256 = sha256;
        this.storageKey = storageKey;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public String getFileName() {
        return fileName;
    }

    public FileKind getKind() {
        return kind;
    }

    public long getSize() {
        return size;
    }

    public String getSha256() {
        return sha256;
    }

    String getStorageKey() {
        return storageKey;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
