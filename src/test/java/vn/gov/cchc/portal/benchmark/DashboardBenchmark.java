package vn.gov.cchc.portal.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.gov.cchc.portal.agency.AgencyGroup;
import vn.gov.cchc.portal.agency.AgencyService;
import vn.gov.cchc.portal.brief.BriefService;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.dashboard.DashboardFigures;
import vn.gov.cchc.portal.dashboard.DashboardRequest;
import vn.gov.cchc.portal.dashboard.DashboardService;
import vn.gov.cchc.portal.dashboard.Period;
import vn.gov.cchc.portal.security.Role;
import vn.gov.cchc.portal.security.SystemAuthentication;
import vn.gov.cchc.portal.session.SessionService;
import vn.gov.cchc.portal.support.EngineFigures;
import vn.gov.cchc.portal.support.IntegrationTest;
import vn.gov.cchc.portal.support.TestUsers;
import vn.gov.cchc.portal.task.Counts;
import vn.gov.cchc.portal.task.DeadlineBasis;
import vn.gov.cchc.portal.task.FigureQuery;
import vn.gov.cchc.portal.task.ScaleDataService;
import vn.gov.cchc.portal.task.WorkQueueService;
import vn.gov.cchc.portal.task.internal.FigureCache;
import vn.gov.cchc.portal.user.UserAdminService;
import vn.gov.cchc.portal.warning.RiskService;
import vn.gov.cchc.portal.warning.RiskSettings;
import vn.gov.cchc.portal.warning.RiskSettingsService;

/**
 * Dashboard figures with 1,000,000 tasks (-Dbench.tasks=N to change) for several cut-off dates, warm, next to the
 * same figures computed by loading the rows into Java; then what the home page reads for each role. Run: {@code ./mvnw -Pbenchmark test -Dtest=DashboardBenchmark}.
 * Target: p95 ≤ 100 ms.
 */
@IntegrationTest
class DashboardBenchmark {

    @Autowired
    FigureCache keptFigures;

    @Autowired
    ScaleDataService scaleData;

    @Autowired
    DashboardService dashboard;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    WorkQueueService queues;

    @Autowired
    SessionService sessions;

    @Autowired
    BriefService briefs;

    @Autowired
    UserAdminService users;

    @Autowired
    AgencyService agencies;

    @Autowired
    TestUsers testUsers;

    @Autowired
    RiskService risks;
    @Autowired
    RiskSettingsService riskSettings;

    @Test
    void figures_for_any_cut_off_date() {
        int tasks = Integer.getInteger("bench.tasks", 1_000_000);
        BenchmarkReport report = new BenchmarkReport("dashboard");
        long started = System.nanoTime();
        SystemAuthentication.runAsSystem(() -> scaleData.generate(tasks, 7));
        jdbc.execute("ANALYZE TABLE task, task_span, figure_agency_point, figure_area_point, risk_segment, risk_point");
        Integer total = jdbc.queryForObject("SELECT COUNT(*) FROM task", Integer.class);
        Integer points = jdbc.queryForObject("SELECT COUNT(*) FROM figure_agency_point", Integer.class);
        report.note(String.format("%,d tasks in the database (%,d generated in %.0f s, running counts included); %,d"
                + " running-count rows per agency", total, tasks, (System.nanoTime() - started) / 1e9, points));

        LocalDate today = LocalDate.now(PortalTime.ZONE);
        List<DashboardRequest> requests = List.of(
                new DashboardRequest(LocalDate.of(2023, 6, 21), Period.year(2023), DeadlineBasis.EXTENDED),
                new DashboardRequest(LocalDate.of(2023, 6, 21), new Period(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 6, 21)),
                        DeadlineBasis.EXTENDED),
                new DashboardRequest(LocalDate.of(2024, 12, 31), Period.year(2024), DeadlineBasis.EXTENDED),
                new DashboardRequest(LocalDate.of(2025, 7, 1), Period.half(2025, 1), DeadlineBasis.ORIGINAL),
                new DashboardRequest(today, Period.year(today.getYear()), DeadlineBasis.EXTENDED));
        SystemAuthentication.runAsSystem(() -> {
            for (DashboardRequest request : requests) {
                String label = request.asOf() + " " + request.period().from() + ".." + request.period().to();
                // computed each time (the figures kept for every reader, ADR 0022, are forgotten first)
                DashboardFigures sql = report.measure("SQL (dashboard service) " + label, 30, () -> {
                    keptFigures.invalidate();
                    return dashboard.figures(request);
                });
                Map<AgencyGroup, Counts> java = report.measure("rows loaded into Java    " + label, 5, () -> inJava(request));
                assertThat(java.getOrDefault(AgencyGroup.PROVINCES, Counts.ZERO).planned())
                        .as("both ways count the same").isEqualTo(sql.group(AgencyGroup.PROVINCES).planned());
                assertThat(java.getOrDefault(AgencyGroup.MINISTRIES, Counts.ZERO).done())
                        .isEqualTo(sql.group(AgencyGroup.MINISTRIES).done());
            }
        });
        homeQueues(report, today);
        risks(report, today);
        report.print();
    }

    /**
     * What the home page reads for each role (ADR 0012), as that role: the secretariat's queues with this year's
     * figures and the next session, an agency officer's queues, the committee's figures and briefs, the
     * administrator's accounts and agencies.
     */
    private void homeQueues(BenchmarkReport report, LocalDate today) {
        DashboardRequest thisYear = new DashboardRequest(today, Period.year(today.getYear()), DeadlineBasis.EXTENDED);
        SystemAuthentication.runAsSystem(() -> report.measure("home: secretariat", 30, () -> {
            keptFigures.invalidate();
            queues.secretariat(5);
            sessions.next();
            briefs.list();
            return dashboard.figures(thisYear);
        }));
        testUsers.runAs(testUsers.create(Role.AGENCY_OFFICER, "ha-noi"), () -> report.measure("home: agency officer (Hà Nội)",
                30, () -> queues.agency(true, 5)));
        testUsers.runAs(testUsers.create(Role.AGENCY_LEADER, "quang-ninh"), () -> report.measure(
                "home: agency leader (Quảng Ninh)", 30, () -> queues.agency(false, 5)));
        testUsers.runAs(testUsers.create(Role.COMMITTEE_MEMBER, null), () -> report.measure("home: committee member", 30, () -> {
            keptFigures.invalidate();
            briefs.list();
            sessions.next();
            return dashboard.figures(thisYear);
        }));
        SystemAuthentication.runAsSystem(() -> report.measure("home: administrator", 30, () -> {
            users.attention(5);
            return agencies.endingWithin(90);
        }));
    }

    /**
     * Early warning (ADR 0026): the tasks at risk per agency as of a day, from the precomputed counts; one province's
     * list, assessed task by task; and what a change of the settings costs (every task computed again).
     */
    private void risks(BenchmarkReport report, LocalDate today) {
        report.note(String.format("early warning: %,d segments, %,d running-count rows",
                jdbc.queryForObject("SELECT COUNT(*) FROM risk_segment", Long.class),
                jdbc.queryForObject("SELECT COUNT(*) FROM risk_point", Long.class)));
        for (LocalDate day : List.of(LocalDate.of(2023, 6, 21), LocalDate.of(2023, 6, 30), LocalDate.of(2024, 12, 31), today)) {
            SystemAuthentication.runAsSystem(() -> report.measure("at risk per agency " + day, 30, () -> risks.byAgency(day)));
        }
        // once, not repeated: each change computes every task again (and the settings' version moves on)
        RiskSettings current = SystemAuthentication.callAsSystem(riskSettings::current);
        long started = System.nanoTime();
        SystemAuthentication.runAsSystem(() -> riskSettings.update(current.rules(), current.version()));
        report.note(String.format("risk settings changed: every task computed again in %.1f s", (System.nanoTime() - started) / 1e9));
        long haNoi = SystemAuthentication.callAsSystem(() -> agencies.findByCode("ha-noi").orElseThrow().id());
        SystemAuthentication.runAsSystem(() -> report.measure("at risk, one province " + today, 10,
                () -> risks.atRisk(today, haNoi)));
    }

    /** The naive way: every span of the period loaded into Java, statuses computed by the engine (EngineFigures). */
    private Map<AgencyGroup, Counts> inJava(DashboardRequest request) {
        Map<Long, AgencyGroup> groups = new HashMap<>();
        jdbc.query("SELECT id, kind FROM agency", rs -> {
            groups.put(rs.getLong(1), rs.getString(2).startsWith("MINIST") ? AgencyGroup.MINISTRIES : AgencyGroup.PROVINCES);
        });
        Map<AgencyGroup, Counts> result = new EnumMap<>(AgencyGroup.class);
        EngineFigures.byAgency(jdbc, new FigureQuery(request.asOf(), request.period().from(), request.period().to(),
                request.basis(), request.scope())).forEach((agencyId, counts) -> result.merge(groups.get(agencyId), counts, Counts::plus));
        return result;
    }
}
