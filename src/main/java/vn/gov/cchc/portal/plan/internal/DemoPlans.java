package vn.gov.cchc.portal.plan.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.security.SystemAuthentication;
import vn.gov.cchc.portal.task.PlanOwner;
import vn.gov.cchc.portal.task.PlanTasks;

/**
 * The {@code demo} profile's plans: the agencies' plans of 2022, 2023 and this year, whose tasks the demo entered
 * (DemoTasks), recorded as submitted before the year began and received by the secretariat, each task attached to
 * its plan; the next year's plans are due on 31/12 of this year and none has come yet. See docs/demo-data.md.
 */
@Component
@Profile("demo")
@Order(22)
class DemoPlans implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPlans.class);
    static final String SECRETARIAT_OFFICER = "vanphong";

    private final PlanTasks tasks;
    private final AgencyPlanRepository plans;
    private final PlanCallRepository calls;
    private final PlanRecords records;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoPlans(PlanTasks tasks, AgencyPlanRepository plans, PlanCallRepository calls, PlanRecords records,
            TransactionTemplate transactions, Clock clock) {
        this.tasks = tasks;
        this.plans = plans;
        this.calls = calls;
        this.records = records;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (plans.count() > 0) {
            return;
        }
        SystemAuthentication.runAsSystem(() -> transactions.executeWithoutResult(status -> {
            int thisYear = PortalTime.today(clock).getYear();
            int recorded = 0;
            for (int year : new TreeSet<>(List.of(2022, 2023, thisYear))) {
                calls.save(new PlanCall(year, LocalDate.of(year - 1, 12, 31)));
                for (PlanTasks.EnteredPlan entered : tasks.enteredPlans(year)) {
                    LocalDate date = entered.document().date();
                    AgencyPlan plan = new AgencyPlan(entered.agencyId(), year, 0, SystemAuthentication.SYSTEM_USER, at(date));
                    plan.recordReceived(entered.document().number(), date, entered.document().signer(),
                            SECRETARIAT_OFFICER, at(date.plusDays(1)), at(date.plusDays(3)));
                    plans.save(plan);
                    tasks.attach(plan.getId(), records.owner(entered.agencyId(), year), entered.document().number(), date);
                    recorded++;
                }
            }
            calls.save(new PlanCall(thisYear + 1, LocalDate.of(thisYear, 12, 31)));
            log.info("Demo plans recorded: {} agencies' plans received", recorded);
        }));
    }

    private static Instant at(LocalDate day) {
        return ZonedDateTime.of(day, LocalTime.of(9, 30), PortalTime.ZONE).toInstant();
    }
}
