package vn.gov.cchc.portal.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.cchc.portal.agency.AgencyGroup;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.security.SystemAuthentication;
import vn.gov.cchc.portal.task.ReformArea;
import vn.gov.cchc.portal.task.ScaleDataService;
import vn.gov.cchc.portal.task.TaskFilter;
import vn.gov.cchc.portal.task.TaskQueryService;
import vn.gov.cchc.portal.task.TaskRow;
import vn.gov.cchc.portal.task.TaskStatus;
import vn.gov.cchc.portal.support.IntegrationTest;
import vn.gov.cchc.portal.support.TestTasks;

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
    TaskQueryService queries;

    @Autowired
    TestTasks testTasks;

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

        SystemAuthentication.runAsSystem(() -> {
            for (Scenario scenario : scenarios) {
                long total = scenario.filter().isUnfiltered() ? tasks : queries.count(scenario.filter());
                long jumpStart = System.nanoTime();
                queries.page(scenario.filter(), (int) Math.max(0, total - PAGE), PAGE);
                report.note(String.format("  first jump to the end of '%s' (builds its id list): %.1f ms",
                        scenario.name(), (System.nanoTime() - jumpStart) / 1e6));
                for (long depth : new long[] {0, total / 2, Math.max(0, total - PAGE)}) {
                    List<TaskRow> page = report.measure(String.format("%s @%,d of %,d", scenario.name(), depth, total),
                            RUNS, () -> queries.page(scenario.filter(), (int) depth, PAGE));
                    assertThat(page).as(scenario.name()).isNotEmpty();
                }
            }
        });
        report.print();
    }

    private record Scenario(String name, TaskFilter filter) {
    }
}
