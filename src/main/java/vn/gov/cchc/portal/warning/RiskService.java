package vn.gov.cchc.portal.warning;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.cchc.portal.agency.AgencyFilter;
import vn.gov.cchc.portal.agency.AgencyService;
import vn.gov.cchc.portal.agency.AgencySummary;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.common.Texts;
import vn.gov.cchc.portal.common.ValidationException;
import vn.gov.cchc.portal.security.Access;
import vn.gov.cchc.portal.task.ProgressFacts;
import vn.gov.cchc.portal.task.ProgressFactsService;
import vn.gov.cchc.portal.task.TaskReminderService;
import vn.gov.cchc.portal.warning.internal.RiskStore;

/**
 * The tasks at risk on a day under the settings in force, each with its conditions and figures: for one agency or all
 * (an agency user only ever its own), counted per agency for the central readers, and one task's conditions today
 * for its page. The secretariat reminds the agency holding a task at risk.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Access.AUTHENTICATED)
public class RiskService {

    private final ProgressFactsService facts;
    private final RiskStore store;
    private final RiskSettingsService settings;
    private final AgencyService agencies;
    private final TaskReminderService reminders;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RiskService(ProgressFactsService facts, RiskStore store, RiskSettingsService settings, AgencyService agencies,
            TaskReminderService reminders, ApplicationEventPublisher events, Clock clock) {
        this.facts = facts;
        this.store = store;
        this.settings = settings;
        this.agencies = agencies;
        this.reminders = reminders;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The tasks at risk on the day, of the agency (every agency: null; an agency user only ever its own), nearest
     * deadline first: the candidates come from the precomputed days, and each is assessed again from its history, so
     * the list says why.
     */
    public List<TaskAtRisk> atRisk(LocalDate day, @Nullable Long agencyId) {
        RiskRules rules = settings.rules();
        List<TaskAtRisk> found = new ArrayList<>();
        for (ProgressFacts task : facts.of(store.atRiskOn(day, facts.agencyInScope(agencyId)), day)) {
            List<RiskSignal> signals = RiskRule.assess(task, day, rules);
            if (!signals.isEmpty()) {
                found.add(new TaskAtRisk(task, signals));
            }
        }
        return found;
    }

    /**
     * Every agency holding open tasks on the day, with how many are at risk, the most at risk first. An agency with
     * none open is left out. Read from the precomputed counts (ADR 0026), which {@link #atRisk} lists task by task.
     */
    @PreAuthorize(Access.CENTRAL_READERS)
    public List<AgencyRisk> byAgency(LocalDate day) {
        Map<Long, RiskStore.Counts> counts = store.asOf(day);
        List<AgencyRisk> rows = new ArrayList<>();
        for (AgencySummary agency : agencies.list(AgencyFilter.all())) {
            RiskStore.Counts count = counts.get(agency.id());
            if (count != null) {
                rows.add(new AgencyRisk(agency.id(), agency.label(), agency.group(), count.open(), count.atRisk()));
            }
        }
        rows.sort(Comparator.comparingInt(AgencyRisk::atRisk).reversed().thenComparing(row -> row.agency().vi()));
        return rows;
    }

    /** The conditions the task meets today (none: not at risk, or not open with its deadline ahead). */
    public List<RiskSignal> today(long taskId) {
        LocalDate today = PortalTime.today(clock);
        return facts.ofTask(taskId, today).map(task -> RiskRule.assess(task, today, settings.rules())).orElse(List.of());
    }

    /**
     * Reminds the agency holding a task at risk today: its users are notified (and mailed, if they asked), the task's
     * history says who reminded it and why. A task not at risk today is refused.
     */
    @Transactional
    @PreAuthorize(Access.ADMIN_OR_SECRETARIAT)
    public void remind(long taskId) {
        LocalDate today = PortalTime.today(clock);
        ProgressFacts task = facts.ofTask(taskId, today).orElseThrow(() -> new ValidationException(null, "warning.notAtRisk"));
        List<RiskSignal> signals = RiskRule.assess(task, today, settings.rules());
        if (signals.isEmpty()) {
            throw new ValidationException(null, "warning.notAtRisk");
        }
        reminders.recordReminder(taskId, Texts.get(Texts.VIETNAMESE, "warning.history.reminded",
                RiskReasons.of(signals, Texts.VIETNAMESE)));
        events.publishEvent(new RiskReminderSent(taskId, task.agencyId(), task.title()));
    }
}
