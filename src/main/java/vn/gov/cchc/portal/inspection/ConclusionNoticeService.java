package vn.gov.cchc.portal.inspection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.cchc.portal.common.Checks;
import vn.gov.cchc.portal.common.ConcurrentEditException;
import vn.gov.cchc.portal.common.NotFoundException;
import vn.gov.cchc.portal.common.ValidationException;
import vn.gov.cchc.portal.document.Approval;
import vn.gov.cchc.portal.document.PdfSignature;
import vn.gov.cchc.portal.document.SignedDocument;
import vn.gov.cchc.portal.document.SignedPdfs;
import vn.gov.cchc.portal.document.Signer;
import vn.gov.cchc.portal.document.SignerService;
import vn.gov.cchc.portal.document.StateDocument;
import vn.gov.cchc.portal.document.StateDocuments;
import vn.gov.cchc.portal.inspection.internal.ConclusionNotice;
import vn.gov.cchc.portal.inspection.internal.Inspection;
import vn.gov.cchc.portal.inspection.internal.InspectionAccess;
import vn.gov.cchc.portal.inspection.internal.InspectionConclusion;
import vn.gov.cchc.portal.inspection.internal.InspectionConclusionRepository;
import vn.gov.cchc.portal.inspection.internal.InspectionRecords;
import vn.gov.cchc.portal.inspection.internal.RequirementEntry;
import vn.gov.cchc.portal.inspection.internal.RequirementTasks;
import vn.gov.cchc.portal.security.Access;
import vn.gov.cchc.portal.security.CurrentUser;
import vn.gov.cchc.portal.task.ReformArea;
import vn.gov.cchc.portal.task.TaskAssignmentService;

/**
 * An inspection's conclusion notice: drafted by the secretariat or the team while the inspection is open, approved
 * by a head of the secretariat who did not draft it, issued by a head with its number, date and a signer of the
 * register in office that day, its PDF signed (PAdES) — then never edited; a later version supersedes it. Issuing
 * turns each requirement into a task of the inspected agency, due the requirement's days after the notice, followed
 * like every task (a requirement kept word for word in a superseding version keeps its task).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Access.AUTHENTICATED)
public class ConclusionNoticeService {

    private static final int CONCLUSIONS_MAX = 8000;
    private static final int REQUIREMENT_MAX = 4000;
    private static final int NUMBER_MAX = 64;
    private static final int NAME_MAX = 255;

    private final ApplicationEventPublisher events;
    private final InspectionConclusionRepository conclusions;
    private final InspectionService inspections;
    private final InspectionAccess access;
    private final InspectionRecords records;
    private final TaskAssignmentService assignments;
    private final StateDocuments documents;
    private final CurrentUser currentUser;
    private final SignerService signers;
    private final PdfSignature signature;
    private final SignedPdfs signedPdfs;
    private final Clock clock;

    ConclusionNoticeService(InspectionConclusionRepository conclusions, InspectionService inspections, InspectionAccess access,
            InspectionRecords records, TaskAssignmentService assignments, StateDocuments documents, CurrentUser currentUser,
            ApplicationEventPublisher events, SignerService signers, PdfSignature signature, SignedPdfs signedPdfs, Clock clock) {
        this.signers = signers;
        this.signature = signature;
        this.signedPdfs = signedPdfs;
        this.clock = clock;
        this.events = events;
        this.conclusions = conclusions;
        this.inspections = inspections;
        this.access = access;
        this.records = records;
        this.assignments = assignments;
        this.documents = documents;
        this.currentUser = currentUser;
    }

    /** The inspection's draft conclusion, started if there is none (the first version, or after a superseded one). */
    @Transactional
    public Conclusion draft(long inspectionId) {
        Inspection inspection = access.editable(inspectionId);
        List<InspectionConclusion> versions = conclusions.findByInspectionIdOrderByVersionNoDesc(inspection.getId());
        Optional<InspectionConclusion> draft = versions.stream().filter(c -> c.getStatus().unissued()).findFirst();
        if (draft.isPresent()) {
            return draft.get().toConclusion();
        }
        return conclusions.saveAndFlush(new InspectionConclusion(inspection.getId(), versions.size() + 1, "", List.of(), null,
                actor())).toConclusion();
    }

    /** Saves a draft's conclusions and requirements. */
    @Transactional
    public Conclusion save(long conclusionId, long version, String text, List<Requirement> requirements) {
        InspectionConclusion conclusion = draftOf(conclusionId, version);
        Checks checks = new Checks().maxLength("conclusions", text, CONCLUSIONS_MAX);
        for (int i = 0; i < requirements.size(); i++) {
            Requirement requirement = requirements.get(i);
            checks.required("requirement/" + i, requirement.text()).maxLength("requirement/" + i, requirement.text(), REQUIREMENT_MAX)
                    .check(requirement.dueDays() >= 1 && requirement.dueDays() <= 366, "requirement/" + i, "inspection.validation.dueDays");
        }
        checks.throwIfAny();
        conclusion.write(text == null ? "" : text.strip(), requirements.stream()
                .map(r -> new Requirement(r.text().strip(), r.dueDays(), null)).toList());
        conclusion.draftedBy(actor());
        return conclusions.saveAndFlush(conclusion).toConclusion();
    }

    /** A head of the secretariat approves the draft for issue; never the one who drafted it (last saved it). */
    @Transactional
    @PreAuthorize(Access.SECRETARIAT_HEADS)
    public Conclusion approve(long conclusionId, long version) {
        InspectionConclusion conclusion = current(conclusionId, version);
        if (conclusion.getStatus() != ConclusionStatus.DRAFT) {
            throw new ValidationException(null, conclusion.getStatus() == ConclusionStatus.APPROVED
                    ? "inspection.validation.approved" : "inspection.validation.issued");
        }
        conclusion.approve(actor(), clock.instant());
        events.publishEvent(new InspectionChanged(conclusion.getInspectionId()));
        return conclusions.saveAndFlush(conclusion).toConclusion();
    }

    /**
     * Issues the approved draft: number and date required, signed by a signer of the register in office that day; the
     * inspection is concluded, the version it supersedes is marked so, each requirement becomes a task of the
     * inspected agency, and the notice's PDF is sealed with the portal's PAdES signature.
     */
    @Transactional
    @PreAuthorize(Access.SECRETARIAT_HEADS)
    public Conclusion issue(long conclusionId, long version, IssueNotice notice) {
        InspectionConclusion conclusion = current(conclusionId, version);
        if (!conclusion.getStatus().unissued()) {
            throw new ValidationException(null, "inspection.validation.issued");
        }
        Approval.requireApproved(conclusion.getStatus() == ConclusionStatus.APPROVED);
        new Checks().required("docNumber", notice.docNumber()).maxLength("docNumber", notice.docNumber(), NUMBER_MAX)
                .required("issuedOn", notice.issuedOn()).throwIfAny();
        Signer signer = signers.signerOn(notice.signerId(), notice.issuedOn());
        Inspection inspection = access.readable(conclusion.getInspectionId());
        if (inspection.getState() == InspectionState.CANCELLED) {
            throw new ValidationException(null, "inspection.validation.closed");
        }
        Map<String, Long> earlierTasks = new HashMap<>();
        if (conclusion.getSupersedesId() != null) {
            conclusions.findById(conclusion.getSupersedesId()).ifPresent(previous -> {
                previous.toConclusion().requirements().stream().filter(r -> r.taskId() != null)
                        .forEach(r -> earlierTasks.put(r.text(), r.taskId()));
                previous.supersede();
            });
        }
        String number = notice.docNumber().strip();
        conclusion.issue(number, notice.issuedOn(), signer.id(), signer.name(), signer.position());
        List<RequirementEntry> entries = conclusion.requirementEntries();
        ReformArea area = inspection.getAreas().stream().findFirst().orElse(ReformArea.DIRECTION);
        for (int i = 0; i < entries.size(); i++) {
            Requirement requirement = entries.get(i).toRequirement();
            Long task = earlierTasks.get(requirement.text());
            if (task == null) {
                task = assignments.assign(RequirementTasks.assignment(requirement, i + 1, number, notice.issuedOn(),
                        signer.name(), inspection.getAgencyId(), area));
            }
            entries.get(i).becameTask(task);
        }
        inspection.conclude();
        conclusions.flush();
        signedPdfs.keep(SignedDocument.CONCLUSION_NOTICE, conclusion.getId(), signature.sign(documents.pdf(
                ConclusionNotice.of(inspections.details(inspection.getId()), conclusion.toConclusion())),
                signer.name() + ", " + signer.position(), "Ban hành Thông báo kết luận kiểm tra số " + number,
                clock.instant()));
        events.publishEvent(new InspectionChanged(inspection.getId()));
        return conclusions.saveAndFlush(conclusion).toConclusion();
    }

    /** Starts a new draft version from an issued one; it replaces the issued one when it is issued itself. */
    @Transactional
    @PreAuthorize(Access.ADMIN_OR_SECRETARIAT)
    public Conclusion supersede(long conclusionId) {
        InspectionConclusion issued = conclusions.findById(conclusionId).orElseThrow(NotFoundException::new);
        access.readable(issued.getInspectionId());
        if (issued.getStatus() != ConclusionStatus.ISSUED) {
            throw new ValidationException(null, "inspection.validation.notIssued");
        }
        List<InspectionConclusion> versions = conclusions.findByInspectionIdOrderByVersionNoDesc(issued.getInspectionId());
        if (versions.stream().anyMatch(c -> c.getStatus().unissued())) {
            throw new ValidationException(null, "inspection.validation.draftExists");
        }
        Conclusion copy = issued.toConclusion();
        return conclusions.saveAndFlush(new InspectionConclusion(issued.getInspectionId(), versions.getFirst().getVersionNo() + 1,
                copy.conclusions(), copy.requirements(), issued.getId(), actor())).toConclusion();
    }

    /**
     * Seals with the portal's signature the issued notices that have no signed PDF yet (issued before documents were
     * signed, or entered as past records); each is signed as it reads, by its recorded signer. Returns how many.
     */
    @Transactional
    @PreAuthorize(Access.SECRETARIAT_HEADS)
    public int sealIssued() {
        int sealed = 0;
        Set<Long> signed = signedPdfs.owners(SignedDocument.CONCLUSION_NOTICE);
        for (InspectionConclusion conclusion : conclusions.findAll()) {
            if (conclusion.getStatus() == ConclusionStatus.ISSUED && !signed.contains(conclusion.getId())) {
                Conclusion issued = conclusion.toConclusion();
                signedPdfs.keep(SignedDocument.CONCLUSION_NOTICE, conclusion.getId(), signature.sign(documents.pdf(
                        ConclusionNotice.of(inspections.details(issued.inspectionId()), issued)),
                        issued.signer() + (issued.signerPosition() == null ? "" : ", " + issued.signerPosition()),
                        "Ban hành Thông báo kết luận kiểm tra số " + issued.docNumber(), clock.instant()));
                sealed++;
            }
        }
        return sealed;
    }

    /** Who may sign a notice dated {@code on} (the register's people in office that day). */
    @PreAuthorize(Access.SECRETARIAT_HEADS)
    public List<Signer> signersOn(LocalDate on) {
        return signers.inOfficeOn(on);
    }

    /** The notice as a state document (a draft is marked so). */
    public StateDocument document(long conclusionId) {
        InspectionConclusion conclusion = conclusions.findById(conclusionId).orElseThrow(NotFoundException::new);
        InspectionDetails details = inspections.details(conclusion.getInspectionId());
        return ConclusionNotice.of(details, conclusion.toConclusion());
    }

    public byte[] docx(long conclusionId) {
        return documents.docx(document(conclusionId));
    }

    /** The PDF: as issued and signed, or as the draft reads now. */
    public byte[] pdf(long conclusionId) {
        StateDocument document = document(conclusionId);
        return signedPdfs.find(SignedDocument.CONCLUSION_NOTICE, conclusionId).orElseGet(() -> documents.pdf(document));
    }

    private InspectionConclusion draftOf(long conclusionId, long version) {
        InspectionConclusion conclusion = current(conclusionId, version);
        Inspection inspection = access.readable(conclusion.getInspectionId());
        if (!conclusion.getStatus().unissued()) {
            throw new ValidationException(null, "inspection.validation.issued");
        }
        boolean superseding = conclusion.getSupersedesId() != null && currentUser.isSecretariatOrAdmin();
        if (!access.canEdit(inspection) && !superseding) {
            throw new AccessDeniedException("not on the team");
        }
        return conclusion;
    }

    /** The version of the notice the caller saw, readable by them. */
    private InspectionConclusion current(long conclusionId, long version) {
        InspectionConclusion conclusion = conclusions.findById(conclusionId).orElseThrow(NotFoundException::new);
        access.readable(conclusion.getInspectionId());
        if (conclusion.getVersion() != version) {
            throw new ConcurrentEditException();
        }
        return conclusion;
    }

    private String actor() {
        return currentUser.username().orElseThrow();
    }
}
