package vn.gov.cchc.portal.session.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.Audited;
import vn.gov.cchc.portal.session.SessionDocument;
import vn.gov.cchc.portal.storage.FileKind;
import vn.gov.cchc.portal.storage.StoredFile;

/** A document of a session; the bytes live in the file store under {@code storageKey}. Never edited, only removed. */
@Entity
@Audited
@Table(name = "session_document")
public class DocumentEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "session_id", nullable = false)
    private long sessionId;

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

    protected DocumentEntry() {
    }

    public DocumentEntry(long sessionId, String fileName, StoredFile file, String uploadedBy, Instant uploadedAt) {
        this.sessionId = sessionId;
        this.fileName = fileName;
        this.kind = file.kind();
        this.size = file.size();
        this.sha256 = file.sha256();
        this.storageKey = file.key();
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public SessionDocument toDocument() {
        return new SessionDocument(id, fileName, kind, size, sha256, uploadedBy, uploadedAt);
    }

    public Long getId() {
        return id;
    }

    public long getSessionId() {
        return sessionId;
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

    public String getStorageKey() {
        return storageKey;
    }
}
