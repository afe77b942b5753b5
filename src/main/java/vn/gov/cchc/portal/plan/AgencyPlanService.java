package vn.gov.cchc.portal.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.cchc.portal.common.Checks;
import vn.gov.cchc.portal.common.DocumentRef;
import vn.gov.cchc.portal.common.FileContent;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.common.NotFoundException;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.common.ValidationException;
import vn.gov.cchc.portal.plan.internal.AgencyPlan;
import vn.gov.cchc.portal.plan.internal.AgencyPlanRepository;
import vn.gov.cchc.portal.plan.internal.PlanCall;
import vn.gov.cchc.portal.plan.internal.PlanCallRepository;
import vn.gov.cchc.portal.plan.internal.PlanRecords;
import vn.gov.cchc.portal.security.Access;
import vn.gov.cchc.portal.security.CurrentUser;
import vn.gov.cchc.portal.security.PortalUser;
import vn.gov.cchc.portal.storage.IncomingFile;
import vn.gov.cchc.portal.task.PlanAction;
import vn.gov.cchc.portal.task.PlanOwner;
import vn.gov.cchc.portal.task.PlanPreview;
import vn.gov.cchc.portal.task.PlanReading;
import vn.gov.cchc.portal.task.PlanTasks;

/**
 * An agency's side of its plans, always its own agency's: an officer or leader previews the plan file and saves it
 * as the draft of the year's plan (or of an amendment of the received plan), the leader submits it. An agency has
 * one plan a year: another plan of a year already submitted is an amendment.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Access.AGENCY_USERS)
public class AgencyPlanService {

    private final AgencyPlanRepository plans;
    private final PlanCallRepository calls;
    private final PlanRecords records;
    private final PlanTasks tasks;
    private final CurrentUser currentUser;
    private final Clock clock;

    AgencyPlanService(AgencyPlanRepository plans, PlanCallRepository calls, PlanRecords records, PlanTasks tasks,
            CurrentUser currentUser, Clock clock) {
        this.plans = plans;
        this.calls = calls;
        this.records = records;
        this.tasks = tasks;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The agency's plan documents, the newest year first, each year's plan before its amendments. */
    public List<PlanRecord> myPlans() {
        return records.records(plans.findByAgencyIdOrderByYearDescSequenceAsc(ownAgency()));
    }

    /** By when the secretariat asked for the year's plans, if it did. */
    public Optional<LocalDate> dueOn(int year) {
        return calls.findById(year).map(PlanCall::getDueOn);
    }

    /**
     * What the file sets out as the agency's plan of the year, row by row; saves nothing.
     *
     * @throws ValidationException a file that cannot be read, or the agency not active in that year
     */
    public PlanPreview preview(int year, IncomingFile file, DocumentRef typed) {
        return tasks.read(file, typed, owner(year)).preview();
    }

    /**
     * Saves the previewed file as the draft plan of its year (or as the draft amendment), after checking its rows
     * again: a draft or returned document is replaced, a plan already submitted or received is not (a second plan
     * is an amendment).
     */
    @Transactional
    public PlanRecord saveDraft(PlanDraft draft) {
        PlanOwner owner = owner(draft.year());
        new Checks().maxLength("summary", draft.summary(), AgencyPlan.SUMMARY_MAX)
                .check(!draft.amendment() || draft.summary() != null && !draft.summary().isBlank(), "summary",
                        "plan.validation.summaryRequired")
                .throwIfAny();
        PlanPreview source = draft.preview();
        PlanReading reading = tasks.check(source.fileName(), source.source(), source.document(), owner);
        if (!reading.preview().problems().isEmpty()) {
            throw new ValidationException("file", "plan.error.notClean", reading.preview().problems().size());
        }
        if (reading.preview().count(PlanAction.CREATE) == 0) {
            throw new ValidationException("file", "plan.validation.nothingNew");
        }
        DocumentRef document = reading.document();
        if (document.date() != null && document.date().isAfter(PortalTime.today(clock))) {
            throw new ValidationException("documentDate", "plan.validation.documentInFuture",
                    Formats.date(document.date()));
        }
        List<AgencyPlan> year = plans.findByAgencyIdAndYearOrderBySequenceAsc(owner.agencyId(), draft.year());
        AgencyPlan plan = draft.amendment() ? amendment(year, owner, document) : plan(year, owner);
        plan.draft(document.number(), document.date(), document.signer(),
                draft.amendment() && draft.summary() != null ? draft.summary().strip() : null, source.fileName(),
                records.rows(source.source()), (int) reading.preview().count(PlanAction.CREATE));
        return records.record(plans.saveAndFlush(plan));
    }

    /** The leader sends the draft to the secretariat. */
    @Transactional
    @PreAuthorize(Access.AGENCY_LEADERS)
    public PlanRecord submit(long planId, long version) {
        AgencyPlan plan = own(planId, version);
        if (plan.getState() != PlanState.DRAFT) {
            throw new ValidationException(null, "plan.validation.notDraft");
        }
        plan.submit(actor(), clock.instant());
        return records.record(plans.saveAndFlush(plan));
    }

    /**
     * Attaches the plan document as its signer signed it (a PDF), to a draft or returned document; replaces the one
     * attached before.
     */
    @Transactional
    public PlanRecord attachSigned(long planId, long version, IncomingFile file) {
        AgencyPlan plan = own(planId, version);
        if (!plan.getState().editable()) {
            throw new ValidationException(null, "plan.validation.notDraft");
        }
        records.attachSigned(plan, file, actor(), clock.instant());
        return records.record(plan);
    }

    /** The signed document's file of one of the agency's plan documents. */
    public FileContent signedFile(long planId) {
        return records.signedFile(own(planId));
    }

    /** What the saved document's rows set out, as the secretariat will receive them. */
    public PlanPreview lines(long planId) {
        AgencyPlan plan = own(planId);
        return tasks.check(plan.getFileName() == null ? "" : plan.getFileName(), records.rows(plan), records.document(plan),
                records.owner(plan.getAgencyId(), plan.getYear())).preview();
    }

    private AgencyPlan plan(List<AgencyPlan> year, PlanOwner owner) {
        Optional<AgencyPlan> existing = year.stream().filter(p -> p.getSequence() == 0).findFirst();
        if (existing.isPresent() && !existing.get().getState().editable()) {
            throw new ValidationException("file", "plan.validation.secondPlan", String.valueOf(owner.year()),
                    existing.get().getDocNumber() == null ? "" : existing.get().getDocNumber());
        }
        return existing.orElseGet(() -> new AgencyPlan(owner.agencyId(), owner.year(), 0, actor(), clock.instant()));
    }

    private AgencyPlan amendment(List<AgencyPlan> year, PlanOwner owner, DocumentRef document) {
        boolean received = year.stream().anyMatch(p -> p.getSequence() == 0 && p.getState() == PlanState.RECEIVED);
        if (!received) {
            throw new ValidationException("file", "plan.validation.noPlanToAmend", String.valueOf(owner.year()));
        }
        if (year.stream().anyMatch(p -> document.number() != null && document.number().equals(p.getDocNumber())
                && !p.getState().editable())) {
            throw new ValidationException("file", "plan.validation.sameDocument", document.number());
        }
        Optional<AgencyPlan> open = year.stream().filter(p -> p.getSequence() > 0 && p.getState() != PlanState.RECEIVED)
                .findFirst();
        if (open.isPresent() && !open.get().getState().editable()) {
            throw new ValidationException("file", "plan.validation.amendmentPending");
        }
        int next = year.stream().mapToInt(AgencyPlan::getSequence).max().orElse(0) + 1;
        return open.orElseGet(() -> new AgencyPlan(owner.agencyId(), owner.year(), next, actor(), clock.instant()));
    }

    private PlanOwner owner(int year) {
        long agency = ownAgency();
        if (year < 2000 || year > 2100 || !records.activeIn(agency, year)) {
            throw new ValidationException("year", "plan.validation.agencyInactive", records.owner(agency, year).agencyName(),
                    String.valueOf(year));
        }
        return records.owner(agency, year);
    }

    private AgencyPlan own(long planId, long version) {
        AgencyPlan plan = own(planId);
        PlanRecords.requireVersion(plan, version);
        return plan;
    }

    /** One of the agency's own plan documents; another agency's is "not found". */
    private AgencyPlan own(long planId) {
        AgencyPlan plan = records.plan(planId);
        if (plan.getAgencyId() != ownAgency()) {
            throw new NotFoundException();
        }
        return plan;
    }

    private long ownAgency() {
        Long agency = currentUser.portalUser().map(PortalUser::agencyId).orElse(null);
        if (agency == null) {
            throw new NotFoundException();
        }
        return agency;
    }

    private String actor() {
        return currentUser.username().orElseThrow();
    }
}
