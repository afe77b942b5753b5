package vn.gov.cchc.portal.task.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.gov.cchc.portal.task.ReformArea;
import vn.gov.cchc.portal.task.TaskSpan;
import vn.gov.cchc.portal.task.TaskState;

/** A row of the status engine's projection (see {@link TaskSpan}). */
@Entity
@Table(name = "task_span")
public class TaskSpanEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "task_id", nullable = false)
    private long taskId;

    @Column(name = "from_date", nullable = false)
    private LocalDate fromDate;

    @Column(name = "to_date")
    private LocalDate toDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private TaskState state;

    @Column(name = "agency_id", nullable = false)
    private long agencyId;

    @Column(name = "original_deadline")
    private LocalDate originalDeadline;

    @Column(name = "effective_deadline")
    private LocalDate effectiveDeadline;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    @Column(name = "in_plan", nullable = false)
    private boolean inPlan;

    @Column(name = "plan_date", nullable = false)
    private LocalDate planDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private ReformArea area;

    protected TaskSpanEntry() {
    }

    public TaskSpanEntry(long taskId, LocalDate planDate, ReformArea area, boolean inPlan, TaskSpan span) {
        this.taskId = taskId;
        this.inPlan = inPlan;
        this.planDate = planDate;
        this.area = area;
        this.fromDate = span.from();
        this.toDate = span.to();
        this.state = span.state();
        this.agencyId = span.agencyId();
        this.originalDeadline = span.originalDeadline();
        this.effectiveDeadline = span.effectiveDeadline();
        this.completedOn = span.completedOn();
    }

    public long taskId() {
        return taskId;
    }

    public TaskSpan toSpan() {
        return new TaskSpan(fromDate, toDate, state, agencyId, originalDeadline, effectiveDeadline, completedOn);
    }
}
