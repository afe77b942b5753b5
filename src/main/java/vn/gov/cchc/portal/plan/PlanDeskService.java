package vn.gov.cchc.portal.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.cchc.portal.agency.AgencyFilter;
import vn.gov.cchc.portal.agency.AgencyService;
import vn.gov.cchc.portal.agency.AgencySummary;
import vn.gov.cchc.portal.common.Checks;
import vn.gov.cchc.portal.common.FileContent;
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
import vn.gov.cchc.portal.task.PlanPreview;
import vn.gov.cchc.portal.task.PlanTasks;

/**
 * The secretariat's side of the agencies' plans: by when a year's plans are due, every agency's plan of the year
 * (a draft the agency has not submitted is its own), and each submitted document received — its tasks are
 * created then, each naming the document — or returned with a reason.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Access.ADMIN_OR_SECRETARIAT)
public class PlanDeskService {

    private final AgencyPlanRepository plans;
    private final PlanCallRepository calls;
    private final PlanRecords records;
    private final PlanTasks tasks;
    private final AgencyService agencies;
    private final CurrentUser currentUser;
    private final Clock clock;

    PlanDeskService(AgencyPlanRepository plans, PlanCallRepository calls, PlanRecords records, PlanTasks tasks,
            AgencyService agencies, CurrentUser currentUser, Clock clock) {
        this.plans = plans;
        this.calls = calls;
        this.records = records;
        this.tasks = tasks;
        this.agencies = agencies;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Every agency's plans of the year: the agencies active on its first day, and any other with a plan of it
     * (one merged during the year), by group and name.
     */
    public YearPlans year(int year) {
        Optional<LocalDate> due = calls.findById(year).map(PlanCall::getDueOn);
        LocalDate today = PortalTime.today(clock);
        Map<Long, List<AgencyPlan>> byAgency = new LinkedHashMap<>();
        plans.findByYearOrderByAgencyIdAscSequenceAsc(year).stream().filter(p -> p.getState() != PlanState.DRAFT)
                .forEach(p -> byAgency.computeIfAbsent(p.getAgencyId(), a -> new ArrayList<>()).add(p));
        List<PlanRecord> all = records.records(byAgency.values().stream().flatMap(List::stream).toList());
        List<AgencySummary> asked = new ArrayList<>(agencies.list(AgencyFilter.activeOn(LocalDate.of(year, 1, 1), null)));
        agencies.list(AgencyFilter.all()).stream()
                .filter(a -> byAgency.containsKey(a.id()) && asked.stream().noneMatch(b -> b.id() == a.id()))
                .forEach(asked::add);
        asked.sort(Comparator.comparing((AgencySummary a) -> a.group().ordinal()).thenComparing(AgencySummary::nameVi));
        List<AgencyPlanStatus> rows = asked.stream().map(agency -> {
            List<PlanRecord> mine = all.stream().filter(r -> r.agencyId() == agency.id()).toList();
            PlanRecord plan = mine.stream().filter(r -> r.sequence() == 0).findFirst().orElse(null);
            return new AgencyPlanStatus(agency, plan, mine.stream().filter(PlanRecord::amendment).toList(),
                    late(plan, due.orElse(null), today));
        }).toList();
        return new YearPlans(year, due.orElse(null), rows);
    }

    /** What a submitted document's rows set out, checked again against the registry as it is now. */
    public PlanPreview lines(long planId) {
        AgencyPlan plan = records.plan(planId);
        if (plan.getState() == PlanState.DRAFT) {
            throw new NotFoundException();
        }
        return tasks.check(fileName(plan), records.rows(plan), records.document(plan),
                records.owner(plan.getAgencyId(), plan.getYear())).preview();
    }

    /** The signed document's file of a submitted plan document. */
    public FileContent signedFile(long planId) {
        AgencyPlan plan = records.plan(planId);
        if (plan.getState() == PlanState.DRAFT) {
            throw new NotFoundException();
        }
        return records.signedFile(plan);
    }

    /** Sets by when the agencies submit the year's plans. */
    @Transactional
    public void setDue(int year, @Nullable LocalDate dueOn) {
        new Checks().required("dueOn", dueOn)
                .check(dueOn == null || dueOn.getYear() >= year - 1 && dueOn.getYear() <= year, "dueOn",
                        "plan.validation.dueOnYear", String.valueOf(year))
                .throwIfAny();
        PlanCall call = calls.findById(year).orElseGet(() -> new PlanCall(year, dueOn));
        call.dueOn(dueOn);
        calls.saveAndFlush(call);
    }

    /**
     * Receives a submitted document: its tasks are created (each naming it) in the same transaction, so either all
     * are there and the document is received, or nothing changed.
     */
    @Transactional
    public PlanRecord receive(long planId, long version) {
        AgencyPlan plan = submitted(planId, version);
        tasks.create(plan.getId(), records.owner(plan.getAgencyId(), plan.getYear()), fileName(plan), records.rows(plan),
                records.document(plan), actor());
        plan.receive(actor(), clock.instant());
        return records.record(plans.saveAndFlush(plan));
    }

    /** Returns a submitted document to the agency, saying why; the agency drafts it again. */
    @Transactional
    public PlanRecord giveBack(long planId, long version, @Nullable String reason) {
        new Checks().required("reason", reason).maxLength("reason", reason, AgencyPlan.REASON_MAX).throwIfAny();
        AgencyPlan plan = submitted(planId, version);
        plan.giveBack(reason.strip(), actor(), clock.instant());
        return records.record(plans.saveAndFlush(plan));
    }

    private AgencyPlan submitted(long planId, long version) {
        AgencyPlan plan = records.plan(planId);
        PlanRecords.requireVersion(plan, version);
        if (plan.getState() != PlanState.SUBMITTED) {
            throw new ValidationException(null, "plan.validation.notSubmitted");
        }
        return plan;
    }

    private static boolean late(@Nullable PlanRecord plan, @Nullable LocalDate due, LocalDate today) {
        if (due == null) {
            return false;
        }
        if (plan == null || plan.submittedAt() == null) {
            return today.isAfter(due);
        }
        return LocalDate.ofInstant(plan.submittedAt(), PortalTime.ZONE).isAfter(due);
    }

    private static String fileName(AgencyPlan plan) {
        return plan.getFileName() == null ? "" : plan.getFileName();
    }

    private String actor() {
        return currentUser.username().orElseThrow();
    }
}
