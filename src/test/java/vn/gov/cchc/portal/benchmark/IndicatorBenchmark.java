package vn.gov.cchc.portal.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.gov.cchc.portal.agency.AgencyFilter;
import vn.gov.cchc.portal.agency.AgencyService;
import vn.gov.cchc.portal.agency.AgencySummary;
import vn.gov.cchc.portal.indicator.IndicatorChecks.Figure;
import vn.gov.cchc.portal.indicator.IndicatorFiguresService;
import vn.gov.cchc.portal.indicator.IndicatorLevel;
import vn.gov.cchc.portal.indicator.RoundFigures;
import vn.gov.cchc.portal.security.SystemAuthentication;
import vn.gov.cchc.portal.support.IntegrationTest;

/**
 * Accepted figures at size: 100 agencies × 40 indicators × 3 levels (the total and two) × 20 quarterly rounds, written
 * straight into the tables, then read as the figures page reads them. Run:
 * {@code ./mvnw -Pbenchmark test -Dtest=IndicatorBenchmark}. Targets: a period's figures (totals, every agency)
 * ≤ 50 ms p95; an agency's series of a figure ≤ 20 ms p95.
 */
@IntegrationTest
class IndicatorBenchmark {

    private static final int AGENCIES = 100;
    private static final int INDICATORS = 40;
    private static final int ROUNDS = 20;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AgencyService agencies;

    @Autowired
    IndicatorFiguresService figures;

    @Test
    void figures_and_series_at_size() {
        BenchmarkReport report = new BenchmarkReport("indicators");
        long started = System.nanoTime();
        List<AgencySummary> asked = SystemAuthentication.callAsSystem(() -> agencies.list(AgencyFilter.all())).stream()
                .limit(AGENCIES).toList();
        List<String> codes = indicators();
        List<Long> rounds = new ArrayList<>();
        Random random = new Random(14);
        for (int r = 0; r < ROUNDS; r++) {
            LocalDate from = LocalDate.of(2021, 1, 1).plusMonths(3L * r);
            rounds.add(round(from, codes, asked));
            List<Object[]> values = new ArrayList<>();
            for (AgencySummary agency : asked) {
                long reportId = report(rounds.getLast(), agency.id());
                for (String code : codes) {
                    for (IndicatorLevel level : List.of(IndicatorLevel.TOTAL, IndicatorLevel.PROVINCIAL, IndicatorLevel.COMMUNE)) {
                        values.add(new Object[] {reportId, code, level.name(), 1000 + random.nextInt(100_000)});
                    }
                }
            }
            jdbc.batchUpdate("INSERT INTO indicator_value (report_id, indicator_code, level, value) VALUES (?, ?, ?, ?)", values);
        }
        report.note(String.format("wrote %,d values in %.1f s", AGENCIES * INDICATORS * 3 * ROUNDS,
                (System.nanoTime() - started) / 1e9));

        RoundFigures last = report.measure("a period's figures (totals, 100 agencies)", 100,
                () -> SystemAuthentication.callAsSystem(() -> figures.figures(rounds.get(ROUNDS - 1))));
        report.measure("an agency's series of a figure (20 periods)", 100, () -> SystemAuthentication.callAsSystem(
                () -> figures.series(asked.getFirst().id(), new Figure(codes.getFirst(), IndicatorLevel.TOTAL))));
        report.print();
        assertThat(last.agencies()).hasSize(AGENCIES);
    }

    /** The catalogue's indicators and, to reach 40, more counts from 2020 on. */
    private List<String> indicators() {
        for (int i = 1; jdbc.queryForObject("SELECT COUNT(DISTINCT code) FROM indicator_version", Integer.class) < INDICATORS; i++) {
            jdbc.update("INSERT INTO indicator_version (code, valid_from, name_vi, name_en, unit, by_level, provinces, ministries,"
                    + " position) VALUES (?, '2020-01-01', ?, ?, 'COUNT', TRUE, TRUE, TRUE, ?)", "BENCH_" + i,
                    "Chỉ tiêu thử tải " + i, "Load indicator " + i, 1000 + i);
        }
        return jdbc.queryForList("SELECT DISTINCT code FROM indicator_version ORDER BY code LIMIT " + INDICATORS, String.class);
    }

    private long round(LocalDate from, List<String> codes, List<AgencySummary> asked) {
        LocalDate to = from.plusMonths(3).minusDays(1);
        jdbc.update("INSERT INTO reporting_round (title, period_kind, period_year, period_from, period_to, cutoff, deadline,"
                + " created_by, created_at) VALUES (?, 'QUARTER', ?, ?, ?, ?, ?, 'vanphong', ?)",
                "Báo cáo quý " + ((from.getMonthValue() - 1) / 3 + 1) + " năm " + from.getYear() + " (thử tải)", from.getYear(),
                Date.valueOf(from), Date.valueOf(to), Date.valueOf(to.minusDays(7)), Date.valueOf(to.plusDays(5)),
                Timestamp.from(Instant.now()));
        long id = jdbc.queryForObject("SELECT MAX(id) FROM reporting_round", Long.class);
        jdbc.batchUpdate("INSERT INTO round_indicator (round_id, indicator_code) VALUES (?, ?)",
                codes.stream().map(code -> new Object[] {id, code}).toList());
        jdbc.batchUpdate("INSERT INTO round_agency (round_id, agency_id) VALUES (?, ?)",
                asked.stream().map(agency -> new Object[] {id, agency.id()}).toList());
        return id;
    }

    private long report(long roundId, long agencyId) {
        jdbc.update("INSERT INTO indicator_report (round_id, agency_id, revision, state, updated_by, updated_at) "
                + "VALUES (?, ?, 1, 'ACCEPTED', 'thu.tai', ?)", roundId, agencyId, Timestamp.from(Instant.now()));
        return jdbc.queryForObject("SELECT MAX(id) FROM indicator_report", Long.class);
    }
}
