package vn.gov.cchc.portal.inspection;

import org.springframework.context.ApplicationEventPublisher;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.cchc.portal.brief.BriefDocument;
import vn.gov.cchc.portal.brief.StateDocuments;
import vn.gov.cchc.portal.common.Checks;
import vn.gov.cchc.portal.common.ConcurrentEditException;
import vn.gov.cchc.portal.common.NotFoundException;
import vn.gov.cchc.portal.common.ValidationException;
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
 * An inspection's conclusion notice: drafted by the secretariat or the team while the inspection is open, issued by
 * the secretariat with its number, date and signer — then never edited; a later version supersedes it. Issuing
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

    ConclusionNoticeService(InspectionConclusionRepository conclusions, InspectionService inspections, InspectionAccess access,
            InspectionRecords records, TaskAssignmentService assignments, StateDocuments documents, CurrentUser currentUser, ApplicationEventPublisher events) {
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
        Optional<InspectionConclusion> draft = versions.stream().filter(c -> c.getStatus() == ConclusionStatus.DRAFT).findFirst();
        if (draft.isPresent()) {
            return draft.get().toConclusion();
        }
        return conclusions.saveAndFlush(new InspectionConclusion(inspection.getId(), versions.size() + 1, "", List.of(), null))
                .toConclusion();
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
        return conclusions.saveAndFlush(conclusion).toConclusion();
    }

    /**
     * Issues the draft: number, date and signer required; the inspection is concluded, the version it supersedes is
     * marked so, and each requirement becomes a task of the inspected agency.
     */
    @Transactional
    @PreAuthorize(Access.ADMIN_OR_SECRETARIAT)
    public Conclusion issue(long conclusionId, long version, IssueNotice notice) {
        InspectionConclusion conclusion = draftOf(conclusionId, version);
        new Checks().required("docNumber", notice.docNumber()).maxLength("docNumber", notice.docNumber(), NUMBER_MAX)
                .required("issuedOn", notice.issuedOn()).required("signer", notice.signer())
                .maxLength("signer", notice.signer(), NAME_MAX).throwIfAny();
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
        conclusion.issue(number, notice.issuedOn(), notice.signer().strip());
        List<RequirementEntry> entries = conclusion.requirementEntries();
        ReformArea area = inspection.getAreas().stream().findFirst().orElse(ReformArea.DIRECTION);
        for (int i = 0; i < entries.size(); i++) {
            Requirement requirement = entries.get(i).toRequirement();
            Long task = earlierTasks.get(requirement.text());
            if (task == null) {
                task = assignments.assign(RequirementTasks.assignment(requirement, i + 1, number, notice.issuedOn(),
                        notice.signer().strip(), inspection.getAgencyId(), area));
            }
            entries.get(i).becameTask(task);
        }
        inspection.conclude();
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
        if (versions.stream().anyMatch(c -> c.getStatus() == ConclusionStatus.DRAFT)) {
            throw new ValidationException(null, "inspection.validation.draftExists");
        }
        Conclusion copy = issued.toConclusion();
        return conclusions.saveAndFlush(new InspectionConclusion(issued.getInspectionId(), versions.getFirst().getVersionNo() + 1,
                copy.conclusions(), copy.requirements(), issued.getId())).toConclusion();
    }

    /** The notice as a state document (a draft is marked so). */
    public BriefDocument document(long conclusionId, Map<ReformArea, String> areaNames) {
        InspectionConclusion conclusion = conclusions.findById(conclusionId).orElseThrow(NotFoundException::new);
        InspectionDetails details = inspections.details(conclusion.getInspectionId());
        return ConclusionNotice.of(details, conclusion.toConclusion(), areaNames);
    }

    public byte[] docx(long conclusionId, Map<ReformArea, String> areaNames) {
        return documents.docx(document(conclusionId, areaNames));
    }

    public byte[] pdf(long conclusionId, Map<ReformArea, String> areaNames) {
        return documents.pdf(document(conclusionId, areaNames));
    }

    private InspectionConclusion draftOf(long conclusionId, long version) {
        InspectionConclusion conclusion = conclusions.findById(conclusionId).orElseThrow(NotFoundException::new);
        Inspection inspection = access.readable(conclusion.getInspectionId());
        if (conclusion.getStatus() != ConclusionStatus.DRAFT) {
            throw new ValidationException(null, "inspection.validation.issued");
        }
        boolean superseding = conclusion.getSupersedesId() != null && currentUser.isSecretariatOrAdmin();
        if (!access.canEdit(inspection) && !superseding) {
            throw new org.springframework.security.access.AccessDeniedException("not on the team");
        }
        if (conclusion.getVersion() != version) {
            throw new ConcurrentEditException();
        }
        return conclusion;
    }

}
