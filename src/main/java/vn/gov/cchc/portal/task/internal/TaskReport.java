package vn.gov.cchc.portal.task.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A progress report of the lead agency: a draft until submitted, then part of the task's history. */
@Entity
@Table(name = "task_report")
public class TaskReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "task_id", nullable = false)
    private long taskId;

    @Column(name = "agency_id", nullable = false)
    private long agencyId;

    @Column(nullable = false, length = 64)
    private String author;

    @Column(name = "percent_done", nullable = false)
    private int percentDone;

    @Column(length = 4000)
    private String narrative;

    @Column(nullable = false)
    private boolean submitted;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Version
    private long version;

    protected TaskReport() {
    }

    public TaskReport(long taskId, long agencyId, String author, Instant now) {
        this.taskId = taskId;
        this.agencyId = agencyId;
        this.author = author;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void write(int percentDone, String narrative, String author, Instant now) {
        this.percentDone = percentDone;
        this.narrative = narrative;
        this.author = author;
        this.updatedAt = now;
    }

    public void submit(Instant now) {
        this.submitted = true;
        this.submittedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getTaskId() {
        return taskId;
    }

    public long getAgencyId() {
        return agencyId;
    }

    public String getAuthor() {
        return author;
    }

    public int getPercentDone() {
        return percentDone;
    }

    public String getNarrative() {
        return narrative;
    }

    public boolean isSubmitted() {
        return submitted;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public long getVersion() {
        return version;
    }
}
