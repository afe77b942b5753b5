package vn.gov.cchc.portal.plan.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.cchc.portal.common.DocumentRef;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.security.SystemAuthentication;
import vn.gov.cchc.portal.task.PlanRegister;

/**
 * Records an agency's plan of a year as received, for tasks entered in bulk (the demo's, generated data): submitted
 * the day after its date and received three days after it, by the system that entered them.
 */
@Component
class ReceivedPlans implements PlanRegister {

    private final AgencyPlanRepository plans;
    private final Clock clock;

    ReceivedPlans(AgencyPlanRepository plans, Clock clock) {
        this.plans = plans;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public long received(long agencyId, int year, DocumentRef document) {
        return plans.findByAgencyIdAndYearOrderBySequenceAsc(agencyId, year).stream()
                .filter(plan -> plan.getSequence() == 0).findFirst()
                .map(AgencyPlan::getId)
                .orElseGet(() -> {
                    LocalDate date = document.date() == null ? LocalDate.of(year - 1, 12, 31) : document.date();
                    AgencyPlan plan = new AgencyPlan(agencyId, year, 0, SystemAuthentication.SYSTEM_USER, at(date));
                    plan.recordReceived(document.number() == null ? "" : document.number(), date, document.signer(),
                            SystemAuthentication.SYSTEM_USER, at(date.plusDays(1)), at(date.plusDays(3)));
                    return plans.saveAndFlush(plan).getId();
                });
    }

    private Instant at(LocalDate day) {
        Instant at = ZonedDateTime.of(day, LocalTime.of(9, 30), PortalTime.ZONE).toInstant();
        return at.isAfter(clock.instant()) ? clock.instant() : at;
    }
}
