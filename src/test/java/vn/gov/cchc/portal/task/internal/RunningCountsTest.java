package vn.gov.cchc.portal.task.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.security.Role;
import vn.gov.cchc.portal.security.Roles;
import vn.gov.cchc.portal.support.EngineFigures;
import vn.gov.cchc.portal.support.IntegrationTest;
import vn.gov.cchc.portal.support.TestTasks;
import vn.gov.cchc.portal.support.TestUsers;
import vn.gov.cchc.portal.task.Counts;
import vn.gov.cchc.portal.task.DeadlineBasis;
import vn.gov.cchc.portal.task.FigureCounts;
import vn.gov.cchc.portal.task.FigureQuery;
import vn.gov.cchc.portal.task.TaskQueryService;
import vn.gov.cchc.portal.task.TaskScope;
import vn.gov.cchc.portal.task.TaskWorkflowService;
import vn.gov.cchc.portal.user.UserSummary;

/**
 * The running counts give the same figures as reading every span, and as the status engine applied in Java, for
 * any day and period — on the demo data, after every step of a task's life, and when tasks change at the same time.
 */
@IntegrationTest
@WithMockUser(username = "thuky", roles = Roles.SECRETARIAT)
class RunningCountsTest {

    /** Today, taken when each test starts (not when the class loads: a run may cross midnight). */
    private final LocalDate today = LocalDate.now(PortalTime.ZONE);

    @Autowired
    TaskFigures figures;

    @Autowired
    FigurePoints points;

    @Autowired
    TaskWorkflowService workflow;

    @Autowired
    TaskQueryService queries;

    @Autowired
    TestTasks testTasks;

    @Autowired
    TestUsers testUsers;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void figures_from_running_counts_equal_figures_from_every_span_for_any_day_and_period() {
        List<FigureQuery> checked = new ArrayList<>(List.of(
                new FigureQuery(LocalDate.of(2023, 6, 21), LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31), DeadlineBasis.EXTENDED),
                new FigureQuery(LocalDate.of(2023, 6, 21), LocalDate.of(2023, 1, 1), LocalDate.of(2023, 6, 21), DeadlineBasis.EXTENDED),
                new FigureQuery(today, LocalDate.of(2025, 7, 1), LocalDate.of(2026, 12, 31), DeadlineBasis.ORIGINAL),
                new FigureQuery(today, LocalDate.of(today.getYear(), 11, 15), LocalDate.of(today.getYear(), 11, 20),
                        DeadlineBasis.EXTENDED)));
        Random random = new Random(11);
        for (int i = 0; i < 150; i++) {
            LocalDate from = LocalDate.of(2022, 12, 1).plusDays(random.nextInt(1500));
            LocalDate to = from.plusDays(random.nextInt(400));
            LocalDate asOf = from.plusDays(random.nextInt(900));
            checked.add(new FigureQuery(asOf, from, to, DeadlineBasis.values()[random.nextInt(2)]));
        }

        for (FigureQuery query : checked) {
            for (TaskScope scope : TaskScope.values()) {
                // the plans' counts are every task's less the other sources': they must equal their own spans' counts
                FigureQuery scoped = query.withScope(scope);
                assertThat(figures.counts(scoped)).as(scoped.toString()).isEqualTo(figures.countsFromSpans(scoped));
            }
        }
        assertThat(figures.counts(checked.getFirst()).byAgency()).as("the demo plan is counted").isNotEmpty();
    }

    @Test
    void figures_in_the_database_equal_the_status_engine_applied_to_every_task_in_java() {
        for (FigureQuery query : List.of(
                new FigureQuery(LocalDate.of(2023, 6, 21), LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31), DeadlineBasis.EXTENDED),
                new FigureQuery(LocalDate.of(2024, 3, 10), LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31), DeadlineBasis.ORIGINAL),
                new FigureQuery(today, LocalDate.of(2025, 7, 1), today.plusYears(1), DeadlineBasis.EXTENDED))) {
            for (TaskScope scope : TaskScope.values()) {
                FigureQuery scoped = query.withScope(scope);
                assertThat(figures.counts(scoped).byAgency()).as(scoped.toString()).isEqualTo(EngineFigures.byAgency(jdbc, scoped));
            }
        }
    }

    @Test
    void every_step_of_a_task_moves_the_running_counts_with_it() {
        UserSummary leader = testUsers.create(Role.AGENCY_LEADER, "btp");
        long late = testTasks.assignTo("btp", "Đếm dồn: hoàn thành trễ", today.minusDays(60), today.minusDays(10));
        YearMonth month = YearMonth.from(today.minusDays(10));
        assertAgreeAround(month);
        testUsers.runAs(leader, () -> workflow.proposeCompletion(late, queries.details(late).version(), "Báo cáo"));
        assertAgreeAround(month);
        workflow.returnCompletion(late, queries.details(late).version(), "Chưa đạt");
        assertAgreeAround(month);
        testUsers.runAs(leader, () -> workflow.proposeCompletion(late, queries.details(late).version(), "Báo cáo bổ sung"));
        workflow.confirmCompletion(late, queries.details(late).version(), "Đạt");
        assertAgreeAround(month);

        long extended = testTasks.assignTo("btp", "Đếm dồn: gia hạn", today.minusDays(40), today.minusDays(10));
        testUsers.runAs(leader, () -> workflow.requestExtension(extended, queries.details(extended).version(),
                today.plusDays(20), "Chờ ý kiến"));
        workflow.approveExtension(extended, queries.details(extended).version(), "Công văn 12/VPCP");
        assertAgreeAround(month);
        workflow.suspend(extended, queries.details(extended).version(), "Tạm dừng");
        assertAgreeAround(month);
        workflow.resume(extended, queries.details(extended).version(), "Tiếp tục");
        workflow.reassign(extended, queries.details(extended).version(), testTasks.agencyId("bnv"), "Đúng thẩm quyền");
        assertAgreeAround(month);

        FigureQuery thisMonth = monthQuery(month, today, DeadlineBasis.ORIGINAL);
        FigureCounts kept = figures.counts(thisMonth);
        points.rebuild(month, month);
        assertThat(figures.counts(thisMonth)).as("rebuilt from the spans, the counts are the same").isEqualTo(kept);
    }

    @Test
    void tasks_assigned_at_the_same_time_all_reach_the_running_counts() throws Exception {
        LocalDate deadline = today.plusMonths(7).withDayOfMonth(10);
        FigureQuery month = monthQuery(YearMonth.from(deadline), today, DeadlineBasis.EXTENDED);
        List<String> agencies = List.of("bnv", "btc", "btp");
        Map<String, Long> before = new HashMap<>();
        for (String agency : agencies) {
            before.put(agency, planned(figures.counts(month), testTasks.agencyId(agency)));
        }

        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Callable<Long>> work = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                String agency = agencies.get(i % agencies.size());
                String title = "Đếm dồn đồng thời " + i;
                work.add(() -> testTasks.assignTo(agency, title, today, deadline.plusDays(title.length() % 3)));
            }
            for (Future<Long> done : pool.invokeAll(work)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }

        for (String agency : agencies) {
            assertThat(planned(figures.counts(month), testTasks.agencyId(agency))).as(agency)
                    .isEqualTo(before.get(agency) + 10);
        }
        assertThat(figures.counts(month)).isEqualTo(figures.countsFromSpans(month));
    }

    @Test
    void a_figure_is_kept_for_every_reader_until_a_task_changes_and_a_change_rolled_back_leaves_it() {
        YearMonth month = YearMonth.from(today);
        FigureQuery query = monthQuery(month, today, DeadlineBasis.EXTENDED);
        FigureCounts first = figures.counts(query);
        assertThat(figures.counts(query)).as("kept for the next reader").isSameAs(first);
        long btp = testTasks.agencyId("btp");

        long task = testTasks.assignTo("btp", "Giữ số liệu: nhiệm vụ mới", today, today.plusDays(20));

        FigureCounts after = figures.counts(query);
        assertThat(after).as("counted again after the commit").isEqualTo(figures.countsFromSpans(query));
        assertThat(planned(after, btp)).isEqualTo(planned(first, btp) + 1);
        transactions.executeWithoutResult(status -> {
            workflow.withdraw(task, queries.details(task).version(), "Rút để thử");
            status.setRollbackOnly();
        });
        assertThat(figures.counts(query)).as("rolled back: as before").isEqualTo(after);
        workflow.withdraw(task, queries.details(task).version(), "Rút thật");
        assertThat(planned(figures.counts(query), btp)).as("withdrawn: no longer planned").isEqualTo(planned(first, btp));
    }

    private void assertAgreeAround(YearMonth month) {
        for (LocalDate day = today.minusDays(70); !day.isAfter(today.plusDays(40)); day = day.plusDays(3)) {
            for (DeadlineBasis basis : DeadlineBasis.values()) {
                FigureQuery query = monthQuery(month, day, basis);
                assertThat(figures.counts(query)).as(query.toString()).isEqualTo(figures.countsFromSpans(query));
            }
        }
    }

    private static FigureQuery monthQuery(YearMonth month, LocalDate asOf, DeadlineBasis basis) {
        return new FigureQuery(asOf, month.atDay(1), month.atEndOfMonth(), basis);
    }

    private static long planned(FigureCounts counts, long agencyId) {
        return counts.byAgency().getOrDefault(agencyId, Counts.ZERO).planned();
    }
}
