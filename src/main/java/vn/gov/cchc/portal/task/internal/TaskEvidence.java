package vn.gov.cchc.portal.task.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import vn.gov.cchc.portal.storage.FileKind;
import vn.gov.cchc.portal.storage.StoredFile;

/** An evidence file of a task (the bytes are in the file store). */
@Entity
@Immutable
@Table(name = "task_evidence")
public class TaskEvidence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "task_id", nullable = false)
    private long taskId;

    @Column(name = "report_id")
    private Long reportId;

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

    protected TaskEvidence() {
    }

    public TaskEvidence(long taskId, Long reportId, String fileName, StoredFile file, String uploadedBy, Instant at) {
        this.taskId = taskId;
        this.reportId = reportId;
        this.fileName = fileName;
        this.kind = file.kind();
        this.size = file.size();
        this.sha256 = file.sha256();
        this.storageKey = file.key();
        this.uploadedBy = uploadedBy;
        this.uploadedAt = at;
    }

    public Long getId() {
        return id;
    }

    public long getTaskId() {
        return taskId;
    }

    public Long getReportId() {
        return reportId;
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

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
