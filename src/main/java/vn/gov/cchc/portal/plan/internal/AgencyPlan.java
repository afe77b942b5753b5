package vn.gov.cchc.portal.plan.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.gov.cchc.portal.common.DocumentRef;
import vn.gov.cchc.portal.plan.PlanRecord;
import vn.gov.cchc.portal.plan.PlanState;

/** An agency's plan document of a year (V30): the plan or an amendment, with its file's rows until it is received. */
@Entity
@Table(name = "agency_plan")
public class AgencyPlan {

    public static final int SUMMARY_MAX = 2000;
    public static final int REASON_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "agency_id", nullable = false)
    private long agencyId;

    @Column(name = "plan_year", nullable = false)
    private int year;

    @Column(nullable = false)
    private int sequence;

    @Column(name = "doc_number", length = 64)
    private @Nullable String docNumber;

    @Column(name = "doc_date")
    private @Nullable LocalDate docDate;

    @Column(name = "doc_signer")
    private @Nullable String docSigner;

    @Column(length = SUMMARY_MAX)
    private @Nullable String summary;

    @Column(name = "file_name")
    private @Nullable String fileName;

    @Column(name = "source_rows", columnDefinition = "longtext")
    private @Nullable String sourceRows;

    @Column(name = "row_count", nullable = false)
    private int rowCount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PlanState state;

    @Column(name = "return_reason", length = REASON_MAX)
    private @Nullable String returnReason;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "submitted_by", length = 100)
    private @Nullable String submittedBy;

    @Column(name = "submitted_at")
    private @Nullable Instant submittedAt;

    @Column(name = "decided_by", length = 100)
    private @Nullable String decidedBy;

    @Column(name = "decided_at")
    private @Nullable Instant decidedAt;

    @Version
    private long version;

    protected AgencyPlan() {
    }

    public AgencyPlan(long agencyId, int year, int sequence, String createdBy, Instant createdAt) {
        this.agencyId = agencyId;
        this.year = year;
        this.sequence = sequence;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.state = PlanState.DRAFT;
    }

    /** The document and the file's rows as read (a returned document becomes a draft again). */
    public void draft(@Nullable String docNumber, @Nullable LocalDate docDate, @Nullable String docSigner,
            @Nullable String summary, String fileName, String sourceRows, int rowCount) {
        this.docNumber = docNumber;
        this.docDate = docDate;
        this.docSigner = docSigner;
        this.summary = summary;
        this.fileName = fileName;
        this.sourceRows = sourceRows;
        this.rowCount = rowCount;
        this.state = PlanState.DRAFT;
    }

    public void submit(String by, Instant at) {
        this.state = PlanState.SUBMITTED;
        this.submittedBy = by;
        this.submittedAt = at;
        this.returnReason = null;
    }

    /** Received: its tasks now exist, so the rows are no longer kept. */
    public void receive(String by, Instant at) {
        this.state = PlanState.RECEIVED;
        this.decidedBy = by;
        this.decidedAt = at;
        this.sourceRows = null;
    }

    public void giveBack(String reason, String by, Instant at) {
        this.state = PlanState.RETURNED;
        this.returnReason = reason;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    /** A plan the demo records as received long ago, with the tasks already entered. */
    public void recordReceived(String docNumber, LocalDate docDate, @Nullable String docSigner, String receivedBy,
            Instant submittedAt, Instant receivedAt) {
        this.docNumber = docNumber;
        this.docDate = docDate;
        this.docSigner = docSigner;
        this.state = PlanState.RECEIVED;
        this.submittedBy = createdBy;
        this.submittedAt = submittedAt;
        this.decidedBy = receivedBy;
        this.decidedAt = receivedAt;
    }

    public Long getId() {
        return id;
    }

    public long getAgencyId() {
        return agencyId;
    }

    public int getYear() {
        return year;
    }

    public int getSequence() {
        return sequence;
    }

    public PlanState getState() {
        return state;
    }

    public long getVersion() {
        return version;
    }

    public @Nullable String getSourceRows() {
        return sourceRows;
    }

    public @Nullable String getFileName() {
        return fileName;
    }

    public @Nullable String getDocNumber() {
        return docNumber;
    }

    public @Nullable LocalDate getDocDate() {
        return docDate;
    }

    public @Nullable String getDocSigner() {
        return docSigner;
    }

    public PlanRecord toRecord(String agencyName, int taskCount, @Nullable String signedFileName) {
        return new PlanRecord(id, agencyId, agencyName, year, sequence, new DocumentRef(docNumber, docDate, docSigner), summary, fileName,
                rowCount, state, returnReason, createdBy, createdAt, submittedBy, submittedAt, decidedBy, decidedAt,
                taskCount, signedFileName, version);
    }
}
