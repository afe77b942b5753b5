package vn.gov.cchc.portal.inspection;

import org.springframework.context.ApplicationEventPublisher;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.cchc.portal.agency.AgencySummary;
import vn.gov.cchc.portal.common.Checks;
import vn.gov.cchc.portal.common.ConcurrentEditException;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.common.NotFoundException;
import vn.gov.cchc.portal.common.ValidationException;
import vn.gov.cchc.portal.inspection.internal.Inspection;
import vn.gov.cchc.portal.inspection.internal.InspectionPlan;
import vn.gov.cchc.portal.inspection.internal.InspectionPlanRepository;
import vn.gov.cchc.portal.inspection.internal.InspectionRecords;
import vn.gov.cchc.portal.inspection.internal.InspectionRepository;
import vn.gov.cchc.portal.security.Access;

/**
 * The committee's yearly inspection plans: administrators, the secretariat and committee members read them; the
 * secretariat and administrators record a plan, add its inspections and cancel one with a reason.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Access.CENTRAL_READERS)
public class InspectionPlanService {

    static final int TEXT_MAX = 2000;
    private static final int TITLE_MAX = 500;
    private static final int NUMBER_MAX = 64;
    private static final int NAME_MAX = 255;

    private final ApplicationEventPublisher events;
    private final InspectionPlanRepository plans;
    private final InspectionRepository inspections;
    private final InspectionRecords records;

    InspectionPlanService(InspectionPlanRepository plans, InspectionRepository inspections, InspectionRecords records, ApplicationEventPublisher events) {
        this.events = events;
        this.plans = plans;
        this.inspections = inspections;
        this.records = records;
    }

    /** Every plan, the newest year first, with how far it is. */
    public List<PlanSummary> plans() {
        return plans.findAllByOrderByYearDesc().stream().map(this::summary).toList();
    }

    /** The plan's inspections, by the month planned. */
    public List<InspectionSummary> inspections(long planId) {
        records.plan(planId);
        Map<Long, AgencySummary> names = records.agencies();
        return inspections.findByPlanIdOrderByPlannedMonthAscIdAsc(planId).stream().map(i -> records.summary(i, names)).toList();
    }

    @Transactional
    @PreAuthorize(Access.ADMIN_OR_SECRETARIAT)
    public long createPlan(PlanDraft draft) {
        Checks checks = new Checks().required("title", draft.title()).maxLength("title", draft.title(), TITLE_MAX)
                .required("decisionNumber", draft.decisionNumber()).maxLength("decisionNumber", draft.decisionNumber(), NUMBER_MAX)
                .required("decisionDate", draft.decisionDate()).required("signer", draft.signer())
                .maxLength("signer", draft.signer(), NAME_MAX);
        checks.check(draft.year() >= 2000 && draft.year() <= 2100, "year", "index.validation.year");
        checks.check(!plans.existsByYear(draft.year()), "year", "inspection.validation.planExists", String.valueOf(draft.year()));
        checks.check(draft.decisionDate() == null || Math.abs(draft.decisionDate().getYear() - draft.year()) <= 1, "decisionDate",
                "inspection.validation.decisionYear", String.valueOf(draft.year()));
        checks.throwIfAny();
        return plans.save(new InspectionPlan(draft.year(), draft.title().strip(), draft.decisionNumber().strip(),
                draft.decisionDate(), draft.signer().strip())).getId();
    }

    /** Adds an inspection to the plan: an agency that exists in the month planned, at least one reform area. */
    @Transactional
    @PreAuthorize(Access.ADMIN_OR_SECRETARIAT)
    public long addInspection(long planId, InspectionDraft draft) {
        InspectionPlan plan = records.plan(planId);
        Checks checks = new Checks().required("leadUnit", draft.leadUnit()).maxLength("leadUnit", draft.leadUnit(), NAME_MAX)
                .maxLength("topics", draft.topics(), TEXT_MAX);
        checks.check(draft.plannedMonth() >= 1 && draft.plannedMonth() <= 12, "plannedMonth", "inspection.validation.month");
        checks.check(draft.areas() != null && !draft.areas().isEmpty(), "areas", "inspection.validation.noArea");
        checks.throwIfAny();
        AgencySummary agency = records.agencies().get(draft.agencyId());
        if (agency == null) {
            throw new ValidationException("agency", "validation.required");
        }
        LocalDate month = LocalDate.of(plan.getYear(), draft.plannedMonth(), 1);
        if (!agency.activeOn(month) && !agency.activeOn(month.plusMonths(1).minusDays(1))) {
            throw new ValidationException("agency", "plan.error.agencyInactive", agency.nameVi(), Formats.date(month));
        }
        long id = inspections.save(new Inspection(planId, draft.agencyId(), draft.plannedMonth(), draft.areas(),
                draft.topics() == null || draft.topics().isBlank() ? null : draft.topics().strip(), draft.leadUnit().strip())).getId();
        events.publishEvent(new InspectionChanged(id));
        return id;
    }

    /** Cancels an inspection not yet concluded, with the reason. */
    @Transactional
    @PreAuthorize(Access.ADMIN_OR_SECRETARIAT)
    public void cancel(long inspectionId, long version, String reason) {
        Inspection inspection = inspections.findById(inspectionId).orElseThrow(NotFoundException::new);
        if (inspection.getVersion() != version) {
            throw new ConcurrentEditException();
        }
        new Checks().required("reason", reason).maxLength("reason", reason, TEXT_MAX).throwIfAny();
        if (!inspection.getState().open()) {
            throw new ValidationException(null, "inspection.validation.closed");
        }
        inspection.cancel(reason.strip());
        events.publishEvent(new InspectionChanged(inspectionId));
    }

    private PlanSummary summary(InspectionPlan plan) {
        List<Inspection> all = inspections.findByPlanIdOrderByPlannedMonthAscIdAsc(plan.getId());
        long cancelled = all.stream().filter(i -> i.getState() == InspectionState.CANCELLED).count();
        long concluded = all.stream().filter(i -> i.getState() == InspectionState.CONCLUDED).count();
        return new PlanSummary(plan.getId(), plan.getYear(), plan.getTitle(), plan.getDecisionNumber(), plan.getDecisionDate(),
                plan.getSigner(), all.size() - cancelled, concluded, cancelled, plan.getVersion());
    }
}
