package vn.gov.cchc.portal.plan.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.gov.cchc.portal.common.PortalTime;

/**
 * The {@code demo} profile's calls for plans: the plans of 2022, 2023 and this year were due on 31 December of the
 * year before (the agencies' plans themselves were recorded as received when the demo's tasks were entered, see
 * {@link ReceivedPlans}); next year's plans are due on 31 December of this year and none has come yet. See
 * docs/demo-data.md.
 */
@Component
@Profile("demo")
@Order(22)
class DemoPlans implements ApplicationRunner {

    private final PlanCallRepository calls;
    private final Clock clock;

    DemoPlans(PlanCallRepository calls, Clock clock) {
        this.calls = calls;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        int thisYear = PortalTime.today(clock).getYear();
        for (int year : new TreeSet<>(List.of(2022, 2023, thisYear, thisYear + 1))) {
            if (!calls.existsById(year)) {
                calls.save(new PlanCall(year, LocalDate.of(year - 1, 12, 31)));
            }
        }
    }
}
