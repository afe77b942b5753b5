package vn.gov.cchc.portal.brief;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.cchc.portal.audit.AuditEntry;
import vn.gov.cchc.portal.audit.AuditLog;
import vn.gov.cchc.portal.brief.internal.Brief;
import vn.gov.cchc.portal.brief.internal.BriefCompiler;
import vn.gov.cchc.portal.brief.internal.BriefLayout;
import vn.gov.cchc.portal.brief.internal.BriefRepository;
import vn.gov.cchc.portal.common.Checks;
import vn.gov.cchc.portal.common.ConcurrentEditException;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.common.NotFoundException;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.common.ValidationException;
import vn.gov.cchc.portal.document.Approval;
import vn.gov.cchc.portal.document.PdfSignature;
import vn.gov.cchc.portal.document.SignedDocument;
import vn.gov.cchc.portal.document.SignedPdfs;
import vn.gov.cchc.portal.document.Signer;
import vn.gov.cchc.portal.document.SignerService;
import vn.gov.cchc.portal.document.StateDocument;
import vn.gov.cchc.portal.document.StateDocuments;
import vn.gov.cchc.portal.security.Access;
import vn.gov.cchc.portal.security.CurrentUser;
import vn.gov.cchc.portal.session.SessionFilter;
import vn.gov.cchc.portal.session.SessionService;
import vn.gov.cchc.portal.session.SessionSummary;

/**
 * Session briefs. The secretariat compiles, edits and issues them; everyone else reads issued ones only (a draft
 * answers "not found" to them). An issued brief is frozen: its figures come from the snapshot taken when it was
 * issued, and it can only be superseded by a new version.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Access.AUTHENTICATED)
public class BriefService {

    private static final int MAX_NARRATIVE = 20_000;
    private static final int NUMBER_MAX = 64;

    private final ApplicationEventPublisher events;
    private final BriefRepository briefs;
    private final BriefCompiler compiler;
    private final StateDocuments documents;
    private final SessionService sessions;
    private final CurrentUser currentUser;
    private final JsonMapper json;
    private final AuditLog auditLog;
    private final Clock clock;
    private final SignerService signers;
    private final PdfSignature signature;
    private final SignedPdfs signedPdfs;

    BriefService(BriefRepository briefs, BriefCompiler compiler, StateDocuments documents,
            SessionService sessions, CurrentUser currentUser, JsonMapper json, AuditLog auditLog, Clock clock,
            ApplicationEventPublisher events, SignerService signers, PdfSignature signature, SignedPdfs signedPdfs) {
        this.signers = signers;
        this.signature = signature;
        this.signedPdfs = signedPdfs;
        this.events = events;
        this.auditLog = auditLog;
        this.briefs = briefs;
        this.compiler = compiler;
        this.documents = documents;
        this.sessions = sessions;
        this.currentUser = currentUser;
        this.json = json;
        this.clock = clock;
    }

    /** Newest session first; drafts only for the secretariat and administrators. */
    public List<BriefSummary> list() {
        Map<Long, SessionSummary> sessionById = sessionIndex();
        return briefs.findAllByOrderBySessionIdDescVersionNoDesc().stream()
                .filter(brief -> !brief.getStatus().unissued() || isEditor())
                .map(brief -> summary(brief, sessionById)).toList();
    }

    public BriefDetails get(long id) {
        Brief brief = readable(id);
        return new BriefDetails(summary(brief, sessionIndex()), brief.getTopN(), brief.narratives(), content(brief));
    }

    @Transactional
    @PreAuthorize(Access.ADMIN_OR_SECRETARIAT)
    public BriefDetails compile(long sessionId, int topN) {
        compiler.compile(sessionId, validTopN(topN));
        Brief brief = briefs.saveAndFlush(new Brief(sessionId, briefs.maxVersion(sessionId) + 1, validTopN(topN),
                new Narratives(null, null, null), null, clock.instant(), actor()));
        events.publishEvent(new BriefChanged(brief.getId()));
        return get(brief.getId());
    }

    /** Compiles a draft again from today's data (e.g. after late reports), keeping its narratives. */
    @Transactional
    @PreAuthorize(Access.ADMIN_OR_SECRETARIAT)
    public BriefDetails recompile(long id, long version, int topN) {
        Brief brief = draft(id, version);
        compiler.compile(brief.getSessionId(), validTopN(topN));
        brief.recompiled(validTopN(topN), clock.instant());
        brief.draftedBy(actor());
        briefs.flush();
        events.publishEvent(new BriefChanged(id));
        return get(id);
    }

    @Transactional
    @PreAuthorize(Access.ADMIN_OR_SECRETARIAT)
    public BriefDetails saveNarratives(long id, long version, Narratives narratives) {
        Brief brief = draft(id, version);
        for (String text : new String[] {narratives.situation(), narratives.assessment(), narratives.directions()}) {
            if (text != null && text.length() > MAX_NARRATIVE) {
                throw new ValidationException(null, "validation.tooLong", MAX_NARRATIVE);
            }
        }
        brief.write(narratives);
        brief.draftedBy(actor());
        briefs.flush();
        events.publishEvent(new BriefChanged(id));
        return get(id);
    }

    /**
     * A head of the secretariat approves the draft for issue; never the one who drafted it (compiled or last wrote
     * it). A later change to the draft takes the approval back.
     */
    @Transactional
    @PreAuthorize(Access.SECRETARIAT_HEADS)
    public BriefDetails approve(long id, long version) {
        Brief brief = briefs.findById(id).orElseThrow(NotFoundException::new);
        if (brief.getStatus() != BriefStatus.DRAFT) {
            throw new ValidationException(null, brief.getStatus() == BriefStatus.APPROVED ? "brief.validation.alreadyApproved"
                    : "brief.validation.alreadyIssued");
        }
        if (brief.getVersion() != version) {
            throw new ConcurrentEditException();
        }
        brief.approve(actor(), clock.instant());
        briefs.flush();
        events.publishEvent(new BriefChanged(id));
        return get(id);
    }

    /**
     * A head of the secretariat issues the approved brief: its content is frozen as it is now, signed by a signer of
     * the register in office on the issue date, its PDF sealed with the portal's PAdES signature; a brief it replaces
     * becomes superseded.
     */
    @Transactional
    @PreAuthorize(Access.SECRETARIAT_HEADS)
    public BriefDetails issue(long id, long version, IssueRequest request) {
        Brief brief = briefs.findById(id).orElseThrow(NotFoundException::new);
        if (!brief.getStatus().unissued()) {
            throw new ValidationException(null, "brief.validation.alreadyIssued");
        }
        if (brief.getVersion() != version) {
            throw new ConcurrentEditException();
        }
        Approval.requireApproved(brief.getStatus() == BriefStatus.APPROVED);
        new Checks().check(request.docNumber() != null && !request.docNumber().isBlank(), "docNumber",
                        "brief.validation.numberRequired").maxLength("docNumber", request.docNumber(), NUMBER_MAX)
                .required("issuedOn", request.issuedOn()).throwIfAny();
        Signer signer = signers.signerOn(request.signerId(), request.issuedOn());
        BriefContent frozen = compiler.compile(brief.getSessionId(), brief.getTopN());
        String number = request.docNumber().strip();
        brief.issue(number, request.issuedOn(), signer.id(), signer.name(), signer.position(), json.writeValueAsString(frozen));
        signedPdfs.keep(SignedDocument.BRIEF, brief.getId(), signature.sign(documents.pdf(document(brief)),
                signer.name() + ", " + signer.position(), "Ban hành Báo cáo tóm tắt số " + number, clock.instant()));
        if (brief.getSupersedesId() != null) {
            briefs.findById(brief.getSupersedesId()).ifPresent(Brief::supersede);
        }
        briefs.flush();
        events.publishEvent(new BriefChanged(id));
        return get(id);
    }

    /** Starts a new draft version that will replace an issued brief once it is issued itself. */
    @Transactional
    @PreAuthorize(Access.ADMIN_OR_SECRETARIAT)
    public BriefDetails supersede(long id) {
        Brief issued = briefs.findById(id).orElseThrow(NotFoundException::new);
        if (issued.getStatus() != BriefStatus.ISSUED) {
            throw new ValidationException(null, "brief.validation.notIssued");
        }
        Brief next = briefs.saveAndFlush(new Brief(issued.getSessionId(), briefs.maxVersion(issued.getSessionId()) + 1,
                issued.getTopN(), issued.narratives(), issued.getId(), clock.instant(), actor()));
        events.publishEvent(new BriefChanged(next.getId()));
        return get(next.getId());
    }

    /** Compiled, edited, issued, superseded: who and when, newest first. */
    public List<AuditEntry> history(long id) {
        readable(id);
        List<AuditEntry> entries = new ArrayList<>(auditLog.history(Brief.class, "id", id, "audit.subject.brief",
                Brief::getId, b -> String.valueOf(b.getVersionNo()), b -> {
                    Map<String, String> fields = new LinkedHashMap<>();
                    fields.put("brief.field.status", AuditEntry.key(b.getStatus().messageKey()));
                    fields.put("brief.field.compiledAt", b.getCompiledAt() == null ? null
                            : Formats.DATE_TIME.format(b.getCompiledAt().atZone(PortalTime.ZONE)));
                    fields.put("brief.field.situation", b.narratives().situation());
                    fields.put("brief.field.assessment", b.narratives().assessment());
                    fields.put("brief.field.directions", b.narratives().directions());
                    fields.put("brief.field.number", b.getDocNumber());
                    fields.put("brief.field.issuedOn", Formats.date(b.getIssuedOn()));
                    fields.put("brief.field.signer", b.getSigner());
                    fields.put("document.field.signerPosition", b.getSignerPosition());
                    fields.put("document.field.draftedBy", b.approval().draftedBy());
                    fields.put("document.field.approvedBy", b.approval().approvedBy());
                    fields.put("document.field.approvedAt", b.approval().approvedAt() == null ? null
                            : Formats.DATE_TIME.format(b.approval().approvedAt().atZone(PortalTime.ZONE)));
                    return fields;
                }));
        Collections.reverse(entries);
        return entries;
    }

    /** The brief laid out block by block, as the exports and the portal show it. */
    public StateDocument document(long id) {
        return document(readable(id));
    }

    public byte[] docx(long id) {
        return documents.docx(document(readable(id)));
    }

    /** The PDF: as issued and signed, or as the draft reads now. */
    public byte[] pdf(long id) {
        Brief brief = readable(id);
        return signedPdfs.find(SignedDocument.BRIEF, brief.getId()).orElseGet(() -> documents.pdf(document(brief)));
    }

    /** The sessions a brief can be compiled for: those with a cut-off date. */
    @PreAuthorize(Access.ADMIN_OR_SECRETARIAT)
    public List<SessionSummary> sessionsWithCutoff() {
        return sessions.list(SessionFilter.all()).stream().filter(s -> s.cutoffDate() != null).toList();
    }

    private StateDocument document(Brief brief) {
        return BriefLayout.of(content(brief), brief.narratives(), brief.getDocNumber(), brief.getIssuedOn(),
                brief.getSigner(), brief.getSignerPosition(), brief.getStatus().unissued());
    }

    private BriefContent content(Brief brief) {
        if (brief.getSnapshot() != null) {
            return json.readValue(brief.getSnapshot(), BriefContent.class);
        }
        return compiler.compile(brief.getSessionId(), brief.getTopN());
    }

    private Brief readable(long id) {
        Brief brief = briefs.findById(id).orElseThrow(NotFoundException::new);
        if (brief.getStatus().unissued() && !isEditor()) {
            throw new NotFoundException();
        }
        return brief;
    }

    private Brief draft(long id, long version) {
        Brief brief = briefs.findById(id).orElseThrow(NotFoundException::new);
        if (!brief.getStatus().unissued()) {
            throw new ValidationException(null, "brief.validation.issuedReadOnly");
        }
        if (brief.getVersion() != version) {
            throw new ConcurrentEditException();
        }
        return brief;
    }

    private String actor() {
        return currentUser.username().orElseThrow();
    }

    private boolean isEditor() {
        return currentUser.isSecretariatOrAdmin();
    }

    private static int validTopN(int topN) {
        if (topN < 1 || topN > 20) {
            throw new ValidationException("topN", "brief.validation.topN");
        }
        return topN;
    }

    private Map<Long, SessionSummary> sessionIndex() {
        return sessions.list(SessionFilter.all()).stream().collect(Collectors.toMap(SessionSummary::id, Function.identity()));
    }

    private static BriefSummary summary(Brief brief, Map<Long, SessionSummary> sessionById) {
        SessionSummary session = sessionById.get(brief.getSessionId());
        return new BriefSummary(brief.getId(), brief.getSessionId(), session == null ? 0 : session.number(),
                session == null ? "" : session.title(), brief.getVersionNo(), brief.getStatus(), brief.getDocNumber(),
                brief.getIssuedOn(), brief.getSigner(), brief.getSupersedesId(), brief.getVersion(),
                brief.approval().draftedBy(), brief.approval().approvedBy(), brief.approval().approvedAt());
    }
}
