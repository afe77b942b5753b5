package vn.gov.cchc.portal.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import vn.gov.cchc.portal.agency.AgencyGroup;
import vn.gov.cchc.portal.agency.AgencyService;
import vn.gov.cchc.portal.agency.AgencyFilter;
import vn.gov.cchc.portal.agency.AgencySummary;
import vn.gov.cchc.portal.security.Roles;
import vn.gov.cchc.portal.support.IntegrationTest;
import vn.gov.cchc.portal.task.Counts;
import vn.gov.cchc.portal.task.DeadlineBasis;
import vn.gov.cchc.portal.task.FigureQuery;
import vn.gov.cchc.portal.task.StatusBucket;
import vn.gov.cchc.portal.task.TaskScope;
import vn.gov.cchc.portal.task.TaskStatisticsService;

/**
 * "Planned" is the tasks of the agencies' plans of the year (ADR 0024), on the demo data: the 2023 plans the
 * secretariat received hold exactly the tasks the figures of the 5th session count (seed 000: 845 for the
 * ministries, 3.003 for the provinces), agency by agency; the tasks the 3rd session's conclusions gave are counted
 * apart, and every task is one or the other.
 */
@IntegrationTest
@WithMockUser(username = "vanphong", roles = Roles.SECRETARIAT)
class PlannedMeansThePlansTest {

    private static final FigureQuery SESSION_5 = new FigureQuery(LocalDate.of(2023, 6, 21), LocalDate.of(2023, 1, 1),
            LocalDate.of(2023, 12, 31), DeadlineBasis.EXTENDED, TaskScope.PLANS);

    @Autowired
    PlanDeskService desk;
    @Autowired
    TaskStatisticsService statistics;
    @Autowired
    AgencyService agencies;

    @Test
    void the_planned_tasks_of_2023_are_the_tasks_of_the_agencies_2023_plans() {
        YearPlans year = desk.year(2023);
        Map<AgencyGroup, Integer> inPlans = year.agencies().stream().collect(Collectors.groupingBy(
                status -> status.agency().group(), Collectors.summingInt(AgencyPlanStatus::taskCount)));

        assertThat(inPlans).containsEntry(AgencyGroup.MINISTRIES, 845).containsEntry(AgencyGroup.PROVINCES, 3003);
        assertThat(year.agencies()).filteredOn(status -> status.plan() != null)
                .allMatch(status -> status.plan().state() == PlanState.RECEIVED).hasSize((int) year.count(PlanState.RECEIVED));

        Map<Long, Counts> planned = statistics.counts(SESSION_5).byAgency();
        for (AgencyPlanStatus status : year.agencies()) {
            assertThat(planned.getOrDefault(status.agency().id(), Counts.ZERO).planned())
                    .as(status.agency().nameVi()).isEqualTo(status.taskCount());
        }
    }

    @Test
    void the_tasks_of_other_sources_are_their_own_line_and_every_task_is_in_one_of_the_two() {
        Counts plans = total(SESSION_5);
        Counts other = total(SESSION_5.withScope(TaskScope.OTHER));
        Counts all = total(SESSION_5.withScope(TaskScope.ALL));

        assertThat(plans.planned()).isEqualTo(845 + 3003);
        assertThat(other.planned()).as("the 3rd session's conclusions, assigned beside the plans").isPositive();
        assertThat(all.planned()).isEqualTo(plans.planned() + other.planned());
        assertThat(all.done()).isEqualTo(plans.done() + other.done());
        assertThat(all.of(StatusBucket.OPEN_OVERDUE)).isEqualTo(plans.of(StatusBucket.OPEN_OVERDUE) + other.of(StatusBucket.OPEN_OVERDUE));
    }

    private Counts total(FigureQuery query) {
        Map<Long, AgencySummary> byId = agencies.list(AgencyFilter.all()).stream()
                .collect(Collectors.toMap(AgencySummary::id, agency -> agency));
        return statistics.counts(query).byAgency().entrySet().stream().filter(entry -> byId.containsKey(entry.getKey()))
                .map(Map.Entry::getValue).reduce(Counts.ZERO, Counts::plus);
    }
}
