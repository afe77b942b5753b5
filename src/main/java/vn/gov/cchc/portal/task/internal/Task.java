package vn.gov.cchc.portal.task.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import vn.gov.cchc.portal.common.DocumentRef;
import vn.gov.cchc.portal.common.TextMatch;
import vn.gov.cchc.portal.task.ReformArea;
import vn.gov.cchc.portal.task.TaskPriority;
import vn.gov.cchc.portal.task.TaskState;

@Entity
@Audited
@Table(name = "task")
public class Task {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotAudited
    @Column(name = "parent_id")
    private Long parentId;

    @NotAudited
    @Column(nullable = false)
    private boolean directive;

    @NotAudited
    @Column(name = "conclusion_id")
    private Long conclusionId;

    @NotAudited
    @Column(name = "session_id")
    private Long sessionId;

    @Column(name = "doc_number", length = 64)
    private String docNumber;

    @Column(name = "doc_date")
    private LocalDate docDate;

    @Column(name = "doc_signer")
    private String docSigner;

    @Column(name = "doc_excerpt", length = 2000)
    private String docExcerpt;

    @Column(nullable = false, length = 500)
    private String title;

    @Column(length = 4000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private ReformArea area;

    @Column(name = "lead_agency_id")
    private Long leadAgencyId;

    @NotAudited
    @ElementCollection
    @CollectionTable(name = "task_support", joinColumns = @JoinColumn(name = "task_id"))
    @Column(name = "agency_id", nullable = false)
    private Set<Long> supportAgencyIds = new HashSet<>();

    @NotAudited
    @Column(name = "assigned_on", nullable = false)
    private LocalDate assignedOn;

    @Column(name = "original_deadline")
    private LocalDate originalDeadline;

    private LocalDate deadline;

    @Column(length = 1000)
    private String product;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private TaskPriority priority;

    @Column(name = "plan_year", nullable = false)
    private int planYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private TaskState state = TaskState.OPEN;

    @NotAudited
    @Column(name = "search_text", nullable = false, length = 1200)
    private String searchText;

    @NotAudited
    @Column(name = "plan_id")
    private Long planId;

    @NotAudited
    @Column(name = "plan_date", nullable = false)
    private LocalDate planDate;

    @NotAudited
    @Column(name = "completed_on")
    private LocalDate completedOn;

    @NotAudited
    @Column(name = "proposal_pending_since")
    private Instant proposalPendingSince;

    @NotAudited
    @Column(name = "extension_pending_since")
    private Instant extensionPendingSince;

    @NotAudited
    @Column(name = "returned_at")
    private Instant returnedAt;

    @NotAudited
    @Column(name = "last_reported_on")
    private LocalDate lastReportedOn;

    @Version
    private long version;

    protected Task() {
    }

    /** A task as the secretariat assigns it; {@code leadAgencyId} is null only for a directive's parent row. */
    public Task(TaskContent content, Long leadAgencyId, Set<Long> supportAgencyIds, Long parentId, boolean directive) {
        this.parentId = parentId;
        this.directive = directive;
        this.conclusionId = content.conclusionId();
        this.sessionId = content.sessionId();
        this.docNumber = content.document().number();
        this.docDate = content.document().date();
        this.docSigner = content.document().signer();
        this.docExcerpt = content.docExcerpt();
        this.title = content.title();
        this.description = content.description();
        this.area = content.area();
        this.leadAgencyId = leadAgencyId;
        this.supportAgencyIds.addAll(supportAgencyIds);
        this.assignedOn = content.assignedOn();
        this.originalDeadline = content.deadline();
        this.deadline = content.deadline();
        this.product = content.product();
        this.priority = content.priority();
        this.planYear = content.planYear();
        this.searchText = fold(title, description);
        this.planId = content.planId();
        this.planDate = planDate(content);
    }

    /**
     * The day that puts the task in a period: its deadline, or, without one, the day it was assigned. A task of an
     * agency's plan always falls in its plan's year: a recurring one ("Thường xuyên") at the year's end, one due
     * outside the year at the year's nearer end (docs/decisions/0024-planned-means-the-agencies-plans.md).
     */
    static LocalDate planDate(TaskContent content) {
        return planDate(content.deadline(), content.assignedOn(), content.planId() == null ? null : content.planYear());
    }

    /** As {@link #planDate(TaskContent)}; {@code planYear} is null for a task of another source than a plan. */
    static LocalDate planDate(LocalDate deadline, LocalDate assignedOn, Integer planYear) {
        if (planYear == null) {
            return deadline != null ? deadline : assignedOn;
        }
        LocalDate first = LocalDate.of(planYear, 1, 1);
        LocalDate last = LocalDate.of(planYear, 12, 31);
        LocalDate day = deadline == null ? last : deadline;
        return day.isBefore(first) ? first : day.isAfter(last) ? last : day;
    }

    /** The task's current state as the last span of its projection has it (the grid's "as of today"). */
    public void moveTo(TaskState newState, LocalDate effectiveDeadline, Long newLeadAgencyId, LocalDate completedOn) {
        this.completedOn = completedOn;
        this.state = newState;
        this.deadline = effectiveDeadline;
        this.leadAgencyId = newLeadAgencyId;
    }

    /** Keeps what the history leaves waiting (see {@link PendingWork}) where the work queues read it. */
    public void keep(PendingWork pending) {
        this.proposalPendingSince = pending.proposalSince();
        this.extensionPendingSince = pending.extensionSince();
        this.returnedAt = pending.returnedAt();
        this.lastReportedOn = pending.lastReportedOn();
    }

    /**
     * The descriptive content a plan file may change on a task already assigned (its lead, area and deadline change
     * only through the history: reassignment, extension).
     */
    public void revise(String title, String description, String product, DocumentRef document, Set<Long> supportAgencyIds) {
        this.title = title;
        this.description = description;
        this.product = product;
        this.docNumber = document.number();
        this.docDate = document.date();
        this.docSigner = document.signer();
        this.supportAgencyIds.clear();
        this.supportAgencyIds.addAll(supportAgencyIds);
        this.searchText = fold(title, description);
    }

    private static String fold(String title, String description) {
        String folded = TextMatch.fold(title + " " + (description == null ? "" : description));
        return folded.length() > 1200 ? folded.substring(0, 1200) : folded;
    }

    public Long getId() {
        return id;
    }

    public Long getParentId() {
        return parentId;
    }

    public boolean isDirective() {
        return directive;
    }

    public Long getConclusionId() {
        return conclusionId;
    }

    public Long getSessionId() {
        return sessionId;
    }

    /** The document that assigned the task. */
    public DocumentRef getDocument() {
        return new DocumentRef(docNumber, docDate, docSigner);
    }

    public String getDocNumber() {
        return docNumber;
    }

    public LocalDate getDocDate() {
        return docDate;
    }

    public String getDocSigner() {
        return docSigner;
    }

    public String getDocExcerpt() {
        return docExcerpt;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public ReformArea getArea() {
        return area;
    }

    public Long getLeadAgencyId() {
        return leadAgencyId;
    }

    public Set<Long> getSupportAgencyIds() {
        return Set.copyOf(supportAgencyIds);
    }

    public LocalDate getAssignedOn() {
        return assignedOn;
    }

    public LocalDate getOriginalDeadline() {
        return originalDeadline;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public String getProduct() {
        return product;
    }

    public TaskPriority getPriority() {
        return priority;
    }

    public int getPlanYear() {
        return planYear;
    }

    public TaskState getState() {
        return state;
    }

    /** The agency's plan document that set the task out, null for a task of another source. */
    public Long getPlanId() {
        return planId;
    }

    public LocalDate getPlanDate() {
        return planDate;
    }

    public long getVersion() {
        return version;
    }
}
