package vn.gov.cchc.portal.task.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** A supporting agency's note on a task it helps with. */
@Entity
@Immutable
@Table(name = "task_contribution")
public class TaskContribution {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "task_id", nullable = false)
    private long taskId;

    @Column(name = "agency_id", nullable = false)
    private long agencyId;

    @Column(nullable = false, length = 64)
    private String author;

    @Column(nullable = false, length = 4000)
    private String note;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected TaskContribution() {
    }

    public TaskContribution(long taskId, long agencyId, String author, String note, Instant createdAt) {
        this.taskId = taskId;
        this.agencyId = agencyId;
        this.author = author;
        this.note = note;
        this.createdAt = createdAt;
    }

    public long getAgencyId() {
        return agencyId;
    }

    public String getAuthor() {
        return author;
    }

    public String getNote() {
        return note;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
