package vn.gov.cchc.portal.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.cchc.portal.agency.AgencyGroup;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.security.SystemAuthentication;
import vn.gov.cchc.portal.support.IntegrationTest;
import vn.gov.cchc.portal.support.TestTasks;
import vn.gov.cchc.portal.task.ReformArea;
import vn.gov.cchc.portal.task.ScaleDataService;
import vn.gov.cchc.portal.task.TaskFilter;
import vn.gov.cchc.portal.task.TaskListService;
import vn.gov.cchc.portal.task.TaskRow;
import vn.gov.cchc.portal.task.TaskSort;
import vn.gov.cchc.portal.task.TaskStatus;
import vn.gov.cchc.portal.task.internal.TaskSearch;

/**
 * The task grid with 100,000 tasks (-Dbench.tasks=N to change): one page of 50 rows per single filter, at the top
 * and deep down the list. Run: {@code ./mvnw -Pbenchmark test -Dtest=TaskGridBenchmark}. Target: p95 ≤ 30 ms.
 */
@IntegrationTest
class TaskGridBenchmark {

    private static final int PAGE = 50;
    private static final int RUNS = 40;

    @Autowired
    ScaleDataService scaleData;

    @Autowired
    TaskListService taskList;

    @Autowired
    TestTasks testTasks;

    @Autowired
    TaskSearch search;

    @Test
    void grid_pages_with_one_filter_at_any_depth() {
        int tasks = Integer.getInteger("bench.tasks", 100_000);
        BenchmarkReport report = new BenchmarkReport("task-grid");
        long started = System.nanoTime();
        SystemAuthentication.runAsSystem(() -> scaleData.generate(tasks, 42));
        report.note(String.format("generated %,d tasks in %.1f s", tasks, (System.nanoTime() - started) / 1e9));

        LocalDate today = LocalDate.now(PortalTime.ZONE);
        List<Scenario> scenarios = List.of(
                new Scenario("no filter", TaskFilter.asOf(today)),
                new Scenario("lead agency (Hà Nội)", new TaskFilter(today, testTasks.agencyId("ha-noi"), null, null, null, null, null, null, null)),
                new Scenario("group (provinces)", new TaskFilter(today, null, AgencyGroup.PROVINCES, null, null, null, null, null, null)),
                new Scenario("reform area", new TaskFilter(today, null, null, ReformArea.PROCEDURES, null, null, null, null, null)),
                new Scenario("status overdue as of today", new TaskFilter(today, null, null, null, TaskStatus.OPEN_OVERDUE, null, null, null, null)),
                new Scenario("status done on time as of 21/06/2023", new TaskFilter(LocalDate.of(2023, 6, 21), null, null, null, TaskStatus.DONE_ON_TIME, null, null, null, null)),
                new Scenario("deadline range (2024)", new TaskFilter(today, null, null, null, null, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), null, null)),
                new Scenario("text 'so hoa ho so'", new TaskFilter(today, null, null, null, null, null, null, null, "so hoa ho so")));

        List<Scenario> orders = List.of(
                new Scenario("no filter, by deadline", TaskFilter.asOf(today).sortedBy(TaskSort.DEADLINE)),
                new Scenario("no filter, by lead agency", TaskFilter.asOf(today).sortedBy(TaskSort.AGENCY)),
                new Scenario("status overdue, by lead agency", new TaskFilter(today, null, null, null,
                        TaskStatus.OPEN_OVERDUE, null, null, null, null, TaskSort.AGENCY)));
        Random random = new Random(7);
        SystemAuthentication.runAsSystem(() -> {
            for (Scenario scenario : Stream.concat(scenarios.stream(), orders.stream()).toList()) {
                // a filter change: the list is counted once and its first page read, nothing cached before
                long[] total = new long[1];
                report.measure("change to: " + scenario.name(), RUNS, () -> {
                    search.invalidate();
                    total[0] = taskList.count(scenario.filter());
                    return taskList.page(scenario.filter(), 0, PAGE);
                });
                // a jump: straight to a random row of the list; the first one builds the list's ordered ids
                report.measure(String.format("jump, cold (%,d rows): %s", total[0], scenario.name()), RUNS, () -> {
                    search.invalidate();
                    return taskList.page(scenario.filter(), random.nextInt((int) Math.max(1, total[0])), PAGE);
                });
                List<TaskRow> last = report.measure(String.format("jump, warm (%,d rows): %s", total[0], scenario.name()),
                        RUNS, () -> taskList.page(scenario.filter(), random.nextInt((int) Math.max(1, total[0])), PAGE));
                assertThat(last).as(scenario.name()).isNotEmpty();
            }
        });
        report.print();
    }

    private record Scenario(String name, TaskFilter filter) {
    }
}
