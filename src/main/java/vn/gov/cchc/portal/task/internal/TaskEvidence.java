package vn.gov.cchc.portal.task.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.gov.cchc.portal.storage.StoredFile;

/** An evidence file of a task (the bytes are in the file store). */
@Entity
@Table(name = "task_evidence")
public class TaskEvidence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "task_id", nullable = false)
    private long taskId;

    @Column(name = "report_id")
    private Long reportId;

    @Embedded
    private StoredFile file;

    protected TaskEvidence() {
    }

    public TaskEvidence(long taskId, Long reportId, StoredFile file) {
        this.taskId = taskId;
        this.reportId = reportId;
        this.file = file;
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

    public StoredFile getFile() {
        return file;
    }

    /** Evidence uploaded before its report was saved joins the report when it is sent. */
    public void attachTo(long reportId) {
        if (this.reportId == null) {
            this.reportId = reportId;
        }
    }
}
