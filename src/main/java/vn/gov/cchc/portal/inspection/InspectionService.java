package vn.gov.cchc.portal.inspection;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.cchc.portal.agency.AgencySummary;
import vn.gov.cchc.portal.audit.AuditEntry;
import vn.gov.cchc.portal.audit.AuditLog;
import vn.gov.cchc.portal.common.Checks;
import vn.gov.cchc.portal.common.ConcurrentEditException;
import vn.gov.cchc.portal.common.FileContent;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.common.NotFoundException;
import vn.gov.cchc.portal.inspection.internal.Inspection;
import vn.gov.cchc.portal.inspection.internal.InspectionAccess;
import vn.gov.cchc.portal.inspection.internal.InspectionConclusion;
import vn.gov.cchc.portal.inspection.internal.InspectionConclusionRepository;
import vn.gov.cchc.portal.inspection.internal.InspectionFile;
import vn.gov.cchc.portal.inspection.internal.InspectionFileRepository;
import vn.gov.cchc.portal.inspection.internal.InspectionFinding;
import vn.gov.cchc.portal.inspection.internal.InspectionFindingRepository;
import vn.gov.cchc.portal.inspection.internal.InspectionRecommendation;
import vn.gov.cchc.portal.inspection.internal.InspectionRecommendationRepository;
import vn.gov.cchc.portal.inspection.internal.InspectionRecords;
import vn.gov.cchc.portal.inspection.internal.InspectionRepository;
import vn.gov.cchc.portal.security.Access;
import vn.gov.cchc.portal.security.CurrentUser;
import vn.gov.cchc.portal.storage.FileStore;
import vn.gov.cchc.portal.storage.IncomingFile;
import vn.gov.cchc.portal.task.ReformArea;
import vn.gov.cchc.portal.user.UserDirectory;
import java.util.Comparator;
import vn.gov.cchc.portal.common.PortalTime;

/**
 * One inspection: reading it (as {@link vn.gov.cchc.portal.inspection.internal.InspectionAccess} allows), its team,
 * its visit and its findings, changed by the secretariat or a team member while it is open.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Access.AUTHENTICATED)
public class InspectionService {

    private static final int NAME_MAX = 255;
    private static final int TITLE_MAX = 500;
    private static final int FINDING_MAX = 4000;

    private final InspectionRepository inspections;
    private final InspectionFindingRepository findings;
    private final InspectionRecommendationRepository recommendations;
    private final InspectionConclusionRepository conclusions;
    private final InspectionRecords records;
    private final InspectionAccess access;
    private final UserDirectory users;
    private final CurrentUser currentUser;
    private final InspectionFileRepository files;
    private final AuditLog auditLog;
    private final FileStore store;
    private final Clock clock;

    InspectionService(InspectionRepository inspections, InspectionFindingRepository findings,
            InspectionRecommendationRepository recommendations, InspectionConclusionRepository conclusions,
            InspectionRecords records, InspectionAccess access, UserDirectory users, CurrentUser currentUser,
            InspectionFileRepository files, FileStore store, Clock clock, AuditLog auditLog) {
        this.files = files;
        this.auditLog = auditLog;
        this.store = store;
        this.clock = clock;
        this.inspections = inspections;
        this.findings = findings;
        this.recommendations = recommendations;
        this.conclusions = conclusions;
        this.records = records;
        this.access = access;
        this.users = users;
        this.currentUser = currentUser;
    }

    public InspectionDetails details(long id) {
        Inspection inspection = access.readable(id);
        Map<Long, AgencySummary> names = records.agencies();
        return new InspectionDetails(records.summary(inspection, names), inspection.getTopics(), inspection.visit(),
                inspection.team(), findings.findByInspectionIdOrderByKindAscNumberAsc(id).stream().map(InspectionFinding::toFinding).toList(),
                records.recommendations(recommendations.findByInspectionIdOrderByNumberAsc(id), names),
                conclusions.findByInspectionIdOrderByVersionNoDesc(id).stream().map(InspectionConclusion::toConclusion).toList(),
                files.findByInspectionIdOrderByIdAsc(id).stream().map(InspectionFile::toDocument).toList(), access.canEdit(inspection));
    }

    /**
     * The inspections the user reads beyond the plans: those whose team names the user, and the concluded ones of the
     * user's own agency.
     */
    public List<InspectionSummary> mine() {
        Map<Long, InspectionSummary> mine = new LinkedHashMap<>();
        Map<Long, AgencySummary> names = records.agencies();
        currentUser.username().ifPresent(username -> inspections.findWithMember(username)
                .forEach(i -> mine.put(i.getId(), records.summary(i, names))));
        currentUser.portalUser().map(user -> user.agencyId()).ifPresent(agency -> inspections
                .findByAgencyIdAndStateOrderByIdDesc(agency, InspectionState.CONCLUDED)
                .forEach(i -> mine.putIfAbsent(i.getId(), records.summary(i, names))));
        return new ArrayList<>(mine.values());
    }

    /**
     * Who changed what of the inspection, newest first: the inspection (state, visit), its findings, its
     * recommendations (forwarded, answered, closed) and its conclusion's versions.
     */
    public List<AuditEntry> history(long id) {
        access.readable(id);
        List<AuditEntry> entries = new ArrayList<>();
        entries.addAll(auditLog.history(Inspection.class, "id", id, "audit.subject.inspection", Inspection::getId,
                i -> records.summary(i, records.agencies()).agency().vi(), i -> {
                    Map<String, String> fields = new LinkedHashMap<>();
                    fields.put("inspection.field.state", AuditEntry.key(i.getState().messageKey()));
                    fields.put("inspection.visit.teamDecision", i.visit().teamDecision());
                    fields.put("inspection.visit.from", i.visit().from() == null ? null : Formats.date(i.visit().from()));
                    fields.put("inspection.visit.to", i.visit().to() == null ? null : Formats.date(i.visit().to()));
                    fields.put("inspection.visit.receivedBy", i.visit().receivedBy());
                    fields.put("inspection.visit.places", i.visit().places());
                    fields.put("inspection.cancelReason", i.getCancelReason());
                    return fields;
                }));
        entries.addAll(auditLog.history(InspectionFinding.class, "inspectionId", id, "audit.subject.finding",
                InspectionFinding::getId, f -> String.valueOf(f.toFinding().number()), f -> {
                    Map<String, String> fields = new LinkedHashMap<>();
                    fields.put("inspection.finding.kind", AuditEntry.key(f.toFinding().kind().messageKey()));
                    fields.put("inspection.finding.area", AuditEntry.key(f.toFinding().area().messageKey()));
                    fields.put("inspection.finding.text", f.toFinding().text());
                    return fields;
                }));
        entries.addAll(auditLog.history(InspectionRecommendation.class, "inspectionId", id, "audit.subject.recommendation",
                InspectionRecommendation::getId, r -> String.valueOf(r.getNumber()), r -> {
                    Map<String, String> fields = new LinkedHashMap<>();
                    fields.put("inspection.field.state", AuditEntry.key(r.getState().messageKey()));
                    fields.put("inspection.recommendation.forwardDoc", r.getForwardedDoc());
                    fields.put("inspection.recommendation.answerText", r.getAnswerText());
                    fields.put("inspection.recommendation.closeReason", r.getCloseReason());
                    return fields;
                }));
        entries.addAll(auditLog.history(InspectionConclusion.class, "inspectionId", id, "audit.subject.inspectionConclusion",
                InspectionConclusion::getId, c -> String.valueOf(c.getVersionNo()), c -> {
                    Map<String, String> fields = new LinkedHashMap<>();
                    fields.put("inspection.field.state", AuditEntry.key(c.getStatus().messageKey()));
                    fields.put("inspection.conclusion.number", c.toConclusion().docNumber());
                    fields.put("inspection.conclusion.issuedOn", c.toConclusion().issuedOn() == null ? null
                            : Formats.date(c.toConclusion().issuedOn()));
                    fields.put("inspection.conclusion.signer", c.toConclusion().signer());
                    fields.put("document.field.signerPosition", c.toConclusion().signerPosition());
                    fields.put("document.field.draftedBy", c.toConclusion().draftedBy());
                    fields.put("document.field.approvedBy", c.toConclusion().approvedBy());
                    fields.put("document.field.approvedAt", c.toConclusion().approvedAt() == null ? null
                            : Formats.DATE_TIME.format(c.toConclusion().approvedAt().atZone(PortalTime.ZONE)));
                    return fields;
                }));
        entries.sort(Comparator.comparing(AuditEntry::at).reversed());
        return entries;
    }

    /** Records the team as its decision lists it: one lead, names required; a username must be a portal user. */
    @Transactional
    public void saveTeam(long id, long version, List<TeamMember> team) {
        Inspection inspection = versioned(access.editable(id), version);
        Checks checks = new Checks();
        for (int i = 0; i < team.size(); i++) {
            TeamMember member = team.get(i);
            String field = "team/" + i;
            checks.required(field, member.fullName()).maxLength(field, member.fullName(), NAME_MAX)
                    .maxLength(field, member.title(), TITLE_MAX).maxLength(field, member.agencyName(), NAME_MAX);
            checks.check(member.username() == null || member.username().isBlank() || users.exists(member.username().strip()),
                    field, "inspection.validation.unknownUser", member.username() == null ? "" : member.username());
        }
        checks.check(team.isEmpty() || team.stream().filter(TeamMember::lead).count() == 1, "team", "inspection.validation.oneLead");
        checks.throwIfAny();
        inspection.team(team.stream().map(member -> new TeamMember(member.fullName().strip(), blankToNull(member.title()),
                blankToNull(member.agencyName()), blankToNull(member.username()), member.lead())).toList());
    }

    /** Records the team decision and the visit: the days on site, who received the team, the places, the documents. */
    @Transactional
    public void recordVisit(long id, long version, Visit visit) {
        Inspection inspection = versioned(access.editable(id), version);
        new Checks().maxLength("teamDecision", visit.teamDecision(), NAME_MAX)
                .maxLength("receivedBy", visit.receivedBy(), InspectionPlanService.TEXT_MAX)
                .maxLength("places", visit.places(), InspectionPlanService.TEXT_MAX)
                .maxLength("documents", visit.documents(), InspectionPlanService.TEXT_MAX)
                .check(visit.from() == null || visit.to() == null || !visit.to().isBefore(visit.from()), "to",
                        "inspection.validation.visitDates")
                .throwIfAny();
        inspection.record(new Visit(blankToNull(visit.teamDecision()), visit.from(), visit.to(), blankToNull(visit.receivedBy()),
                blankToNull(visit.places()), blankToNull(visit.documents())));
    }

    /** Keeps a document of the inspection (the agency's self-inspection report, records it sent) in the file store. */
    @Transactional
    public InspectionDocument attach(long id, IncomingFile file) {
        access.editable(id);
        return files.save(new InspectionFile(id, store.store(file, currentUser.username().orElseThrow(), clock.instant())))
                .toDocument();
    }

    /** A document of an inspection the user reads. */
    public FileContent document(long documentId) {
        InspectionFile file = files.findById(documentId).orElseThrow(NotFoundException::new);
        access.readable(file.getInspectionId());
        return store.content(file.getFile());
    }

    /** Adds a paragraph to the findings, numbered after the last of its kind. */
    @Transactional
    public long addFinding(long id, FindingKind kind, ReformArea area, String text) {
        access.editable(id);
        checkFinding(kind, area, text);
        return findings.save(new InspectionFinding(id, kind, area, findings.findLastNumber(id, kind) + 1, text.strip())).getId();
    }

    @Transactional
    public void updateFinding(long findingId, long version, FindingKind kind, ReformArea area, String text) {
        InspectionFinding finding = finding(findingId, version);
        checkFinding(kind, area, text);
        finding.rewrite(kind, area, text.strip());
    }

    @Transactional
    public void removeFinding(long findingId, long version) {
        findings.delete(finding(findingId, version));
    }

    private InspectionFinding finding(long findingId, long version) {
        InspectionFinding finding = findings.findById(findingId).orElseThrow(NotFoundException::new);
        access.editable(finding.getInspectionId());
        if (finding.getVersion() != version) {
            throw new ConcurrentEditException();
        }
        return finding;
    }

    private static void checkFinding(FindingKind kind, ReformArea area, String text) {
        new Checks().required("kind", kind).required("area", area).required("text", text).maxLength("text", text, FINDING_MAX)
                .throwIfAny();
    }

    private static Inspection versioned(Inspection inspection, long version) {
        if (inspection.getVersion() != version) {
            throw new ConcurrentEditException();
        }
        return inspection;
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
