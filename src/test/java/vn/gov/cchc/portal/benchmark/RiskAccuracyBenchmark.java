package vn.gov.cchc.portal.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.gov.cchc.portal.security.SystemAuthentication;
import vn.gov.cchc.portal.support.IntegrationTest;
import vn.gov.cchc.portal.task.ProgressFacts;
import vn.gov.cchc.portal.task.ProgressFactsService;
import vn.gov.cchc.portal.warning.RiskKind;
import vn.gov.cchc.portal.warning.RiskRule;
import vn.gov.cchc.portal.warning.RiskRules;
import vn.gov.cchc.portal.warning.RiskSignal;

/**
 * How well the risk rule foretells lateness on the demo: of the tasks open on 30/06/2023 (the 2023 plans' mid-year)
 * with their deadline ahead, those flagged at risk that day against those that ended late (done after the deadline in
 * force, or still open after it), per condition and for the whole rule, under the default settings and neighbouring
 * ones. Precision = flagged and late / flagged; recall = flagged and late / late. Run:
 * {@code ./mvnw -Pbenchmark test -Dtest=RiskAccuracyBenchmark}; the table goes to {@code target/benchmarks/} and
 * ADR 0026.
 */
@IntegrationTest
class RiskAccuracyBenchmark {

    private static final LocalDate MID_YEAR = LocalDate.of(2023, 6, 30);

    @Autowired
    ProgressFactsService facts;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void precision_and_recall_of_each_condition_on_the_2023_plans_mid_year() {
        List<ProgressFacts> open = SystemAuthentication.callAsSystem(() -> facts.openOn(MID_YEAR, null));
        Set<Long> late = new HashSet<>(jdbc.queryForList("""
                SELECT s.task_id FROM task_span s WHERE s.to_date IS NULL AND s.effective_deadline IS NOT NULL
                  AND ((s.state = 'DONE' AND s.completed_on > s.effective_deadline)
                    OR (s.state = 'OPEN' AND s.effective_deadline < CURRENT_DATE))""", Long.class));
        Set<Long> population = open.stream().map(ProgressFacts::taskId).collect(Collectors.toSet());
        long lateInPopulation = population.stream().filter(late::contains).count();
        BenchmarkReport report = new BenchmarkReport("risk-accuracy");
        report.note(String.format("tasks open on %s with their deadline ahead: %d, of which ended late: %d (%.1f %%)",
                MID_YEAR, population.size(), lateInPopulation, 100.0 * lateInPopulation / Math.max(1, population.size())));
        report.note(String.format("%-58s %8s %8s %10s %8s", "settings / condition", "flagged", "late", "precision", "recall"));
        for (RiskRules rules : List.of(RiskRules.DEFAULT, new RiskRules(30, 30, 50, 14, 80, true), new RiskRules(21, 30, 50, 14, 80, true),
                new RiskRules(45, 30, 50, 14, 80, true), new RiskRules(60, 30, 50, 14, 80, true),
                new RiskRules(30, 20, 50, 14, 80, true), new RiskRules(30, 40, 50, 14, 80, true),
                new RiskRules(30, 30, 40, 14, 80, true), new RiskRules(30, 30, 60, 14, 80, true),
                new RiskRules(30, 30, 50, 7, 80, true), new RiskRules(30, 30, 50, 21, 80, true),
                new RiskRules(30, 30, 50, 14, 60, true))) {
            Map<Long, List<RiskSignal>> flagged = open.stream().collect(Collectors.toMap(ProgressFacts::taskId,
                    task -> RiskRule.assess(task, MID_YEAR, rules)));
            String name = String.format("N=%d X=%d Y=%d D=%d P=%d", rules.silentDays(), rules.behindPoints(),
                    rules.behindAfterPercent(), rules.closeDays(), rules.closeBelowPercent());
            List<Row> rows = new ArrayList<>();
            for (RiskKind kind : RiskKind.values()) {
                rows.add(row(name + " " + kind.name(), flagged, signals -> signals.stream().anyMatch(s -> s.kind() == kind), late,
                        lateInPopulation));
            }
            rows.add(row(name + " any", flagged, signals -> !signals.isEmpty(), late, lateInPopulation));
            rows.forEach(row -> report.note(row.line()));
        }
        report.print();
    }

    private static Row row(String name, Map<Long, List<RiskSignal>> flagged, Predicate<List<RiskSignal>> meets, Set<Long> late,
            long lateTotal) {
        Set<Long> hits = flagged.entrySet().stream().filter(entry -> meets.test(entry.getValue())).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        long both = hits.stream().filter(late::contains).count();
        return new Row(name, hits.size(), both, lateTotal);
    }

    private record Row(String name, long flagged, long flaggedAndLate, long lateTotal) {
        String line() {
            return String.format("%-58s %8d %8d %9.1f%% %7.1f%%", name, flagged, flaggedAndLate,
                    flagged == 0 ? 0.0 : 100.0 * flaggedAndLate / flagged, lateTotal == 0 ? 0.0 : 100.0 * flaggedAndLate / lateTotal);
        }
    }
}
