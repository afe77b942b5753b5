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
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;
import vn.gov.cchc.portal.common.DocumentRef;
import vn.gov.cchc.portal.task.TaskEventType;
import vn.gov.cchc.portal.task.TimelineEvent;

/** One entry of a task's append-only history. */
@Entity
@Immutable
@Table(name = "task_event")
public class TaskEventEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "task_id", nullable = false)
    private long taskId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private TaskEventType type;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "effective_on", nullable = false)
    private LocalDate effectiveOn;

    @Column(nullable = false, length = 64)
    private String actor;

    @Column(length = 2000)
    private String note;

    @Column(name = "new_deadline")
    private LocalDate newDeadline;

    @Column(name = "document_ref")
    private String documentRef;

    @Column(name = "from_agency_id")
    private Long fromAgencyId;

    @Column(name = "to_agency_id")
    private Long toAgencyId;

    @Column(name = "percent_done")
    private Integer percentDone;

    @Column(name = "related_task_id")
    private Long relatedTaskId;

    protected TaskEventEntry() {
    }

    public TaskEventEntry(long taskId, TaskEventType type, Instant occurredAt, LocalDate effectiveOn, String actor,
            EventDetails details) {
        this.taskId = taskId;
        this.type = type;
        this.occurredAt = occurredAt;
        this.effectiveOn = effectiveOn;
        this.actor = actor;
        this.note = details.note();
        this.newDeadline = details.newDeadline();
        this.documentRef = details.documentRef();
        this.fromAgencyId = details.fromAgencyId();
        this.toAgencyId = details.toAgencyId();
        this.percentDone = details.percentDone();
        this.relatedTaskId = details.relatedTaskId();
    }

    public TimelineEvent toTimelineEvent() {
        return new TimelineEvent(type, effectiveOn, newDeadline, toAgencyId);
    }

    public Long getId() {
        return id;
    }

    public long getTaskId() {
        return taskId;
    }

    public TaskEventType getType() {
        return type;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public String getActor() {
        return actor;
    }

    public String getNote() {
        return note;
    }

    public LocalDate getNewDeadline() {
        return newDeadline;
    }

    public String getDocumentRef() {
        return documentRef;
    }

    public Long getFromAgencyId() {
        return fromAgencyId;
    }

    public Long getToAgencyId() {
        return toAgencyId;
    }

    public Integer getPercentDone() {
        return percentDone;
    }
}
