package vn.gov.cchc.portal.brief.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import vn.gov.cchc.portal.document.ApprovalRecord;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import vn.gov.cchc.portal.brief.BriefStatus;
import vn.gov.cchc.portal.brief.Narratives;

@Entity
@Audited
@Table(name = "brief")
public class Brief {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Column(name = "version_no", nullable = false)
    private int versionNo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private BriefStatus status = BriefStatus.DRAFT;

    @Column(name = "top_n", nullable = false)
    private int topN;

    @Column(name = "narrative_situation", columnDefinition = "text")
    private String situation;

    @Column(name = "narrative_assessment", columnDefinition = "text")
    private String assessment;

    @Column(name = "narrative_directions", columnDefinition = "text")
    private String directions;

    @Column(name = "compiled_at", nullable = false)
    private Instant compiledAt;

    @Column(name = "doc_number", length = 64)
    private String docNumber;

    @Column(name = "issued_on")
    private LocalDate issuedOn;

    private String signer;

    @NotAudited
    @Lob
    @Column(columnDefinition = "longtext")
    private String snapshot;

    @Column(name = "supersedes_id")
    private Long supersedesId;

    @Embedded
    private ApprovalRecord approval;

    @Column(name = "signer_id")
    private Long signerId;

    @Column(name = "signer_position")
    private String signerPosition;

    @Version
    private long version;

    protected Brief() {
    }

    public Brief(long sessionId, int versionNo, int topN, Narratives narratives, Long supersedesId, Instant compiledAt,
            String draftedBy) {
        this.approval = ApprovalRecord.draftedBy(draftedBy);
        this.sessionId = sessionId;
        this.versionNo = versionNo;
        this.topN = topN;
        this.supersedesId = supersedesId;
        this.compiledAt = compiledAt;
        write(narratives);
    }

    public final void write(Narratives narratives) {
        this.situation = narratives.situation();
        this.assessment = narratives.assessment();
        this.directions = narratives.directions();
    }

    public void recompiled(int topN, Instant at) {
        this.topN = topN;
        this.compiledAt = at;
    }

    /** Whoever changes a draft is its drafter; an approval given before the change no longer holds. */
    public void draftedBy(String username) {
        if (approval == null) {
            approval = ApprovalRecord.draftedBy(username);
        }
        approval.redrafted(username);
        this.status = BriefStatus.DRAFT;
    }

    /** A head other than the drafter approves it (refused otherwise, nothing changed). */
    public void approve(String username, Instant at) {
        if (approval == null) {
            approval = ApprovalRecord.draftedBy("");
        }
        approval.approve(username, at);
        this.status = BriefStatus.APPROVED;
    }

    public ApprovalRecord approval() {
        // rows from before approvals existed have none (Hibernate reads all-null columns as no embeddable)
        return approval != null ? approval : ApprovalRecord.draftedBy("");
    }

    public void issue(String docNumber, LocalDate issuedOn, long signerId, String signer, String signerPosition, String snapshot) {
        this.docNumber = docNumber;
        this.issuedOn = issuedOn;
        this.signerId = signerId;
        this.signer = signer;
        this.signerPosition = signerPosition;
        this.snapshot = snapshot;
        this.status = BriefStatus.ISSUED;
    }

    public void supersede() {
        this.status = BriefStatus.SUPERSEDED;
    }

    public Narratives narratives() {
        return new Narratives(situation, assessment, directions);
    }

    public Long getId() {
        return id;
    }

    public long getSessionId() {
        return sessionId;
    }

    public int getVersionNo() {
        return versionNo;
    }

    public BriefStatus getStatus() {
        return status;
    }

    public int getTopN() {
        return topN;
    }

    public Instant getCompiledAt() {
        return compiledAt;
    }

    public String getDocNumber() {
        return docNumber;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public String getSigner() {
        return signer;
    }

    public String getSnapshot() {
        return snapshot;
    }

    public String getSignerPosition() {
        return signerPosition;
    }

    public Long getSupersedesId() {
        return supersedesId;
    }

    public long getVersion() {
        return version;
    }
}
