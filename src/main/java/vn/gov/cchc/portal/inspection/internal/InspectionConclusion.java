package vn.gov.cchc.portal.inspection.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import vn.gov.cchc.portal.document.ApprovalRecord;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.ListIndexBase;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import vn.gov.cchc.portal.inspection.Conclusion;
import vn.gov.cchc.portal.inspection.ConclusionStatus;
import vn.gov.cchc.portal.inspection.Requirement;
import java.time.Instant;
import jakarta.persistence.Embedded;

/** A version of an inspection's conclusion notice (V18); once issued it is never changed. */
@Entity
@Audited
@Table(name = "inspection_conclusion")
public class InspectionConclusion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "inspection_id", nullable = false)
    private long inspectionId;

    @Column(name = "version_no", nullable = false)
    private int versionNo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ConclusionStatus status = ConclusionStatus.DRAFT;

    @Column(length = 8000)
    private String conclusions;

    @Column(name = "doc_number", length = 64)
    private String docNumber;

    @Column(name = "issued_on")
    private LocalDate issuedOn;

    private String signer;

    @Column(name = "supersedes_id")
    private Long supersedesId;

    @Embedded
    private ApprovalRecord approval;

    @Column(name = "signer_id")
    private Long signerId;

    @Column(name = "signer_position")
    private String signerPosition;

    @NotAudited
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "conclusion_requirement", joinColumns = @JoinColumn(name = "conclusion_id"))
    @OrderColumn(name = "number")
    @ListIndexBase(1)
    private List<RequirementEntry> requirements = new ArrayList<>();

    @Version
    private long version;

    protected InspectionConclusion() {
    }

    public InspectionConclusion(long inspectionId, int versionNo, String conclusions, List<Requirement> requirements,
            Long supersedesId, String draftedBy) {
        this.approval = ApprovalRecord.draftedBy(draftedBy);
        this.inspectionId = inspectionId;
        this.versionNo = versionNo;
        this.supersedesId = supersedesId;
        write(conclusions, requirements);
    }

    public final void write(String conclusions, List<Requirement> requirements) {
        this.conclusions = conclusions;
        this.requirements.clear();
        requirements.forEach(requirement -> this.requirements.add(new RequirementEntry(
                new Requirement(requirement.text(), requirement.dueDays(), null))));
    }

    /** Whoever changes a draft is its drafter; an approval given before the change no longer holds. */
    public void draftedBy(String username) {
        if (approval == null) {
            approval = ApprovalRecord.draftedBy(username);
        }
        approval.redrafted(username);
        this.status = ConclusionStatus.DRAFT;
    }

    /** A head other than the drafter approves it (refused otherwise, nothing changed). */
    public void approve(String username, Instant at) {
        if (approval == null) {
            approval = ApprovalRecord.draftedBy("");
        }
        approval.approve(username, at);
        this.status = ConclusionStatus.APPROVED;
    }

    private ApprovalRecord approval() {
        // rows from before approvals existed have none (Hibernate reads all-null columns as no embeddable)
        return approval != null ? approval : ApprovalRecord.draftedBy("");
    }

    public void issue(String docNumber, LocalDate issuedOn, long signerId, String signer, String signerPosition) {
        this.docNumber = docNumber;
        this.issuedOn = issuedOn;
        this.signerId = signerId;
        this.signer = signer;
        this.signerPosition = signerPosition;
        this.status = ConclusionStatus.ISSUED;
    }



    public void supersede() {
        status = ConclusionStatus.SUPERSEDED;
    }

    public List<RequirementEntry> requirementEntries() {
        return requirements;
    }

    public Long getId() {
        return id;
    }

    public long getInspectionId() {
        return inspectionId;
    }

    public int getVersionNo() {
        return versionNo;
    }

    public ConclusionStatus getStatus() {
        return status;
    }

    public Long getSupersedesId() {
        return supersedesId;
    }

    public long getVersion() {
        return version;
    }

    public Conclusion toConclusion() {
        return new Conclusion(id, inspectionId, versionNo, status, conclusions == null ? "" : conclusions,
                requirements.stream().map(RequirementEntry::toRequirement).toList(), docNumber, issuedOn, signer, version,
                approval().draftedBy(), approval().approvedBy(), approval().approvedAt(), signerPosition);
    }
}
