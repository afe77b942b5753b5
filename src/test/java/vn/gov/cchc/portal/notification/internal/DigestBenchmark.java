package vn.gov.cchc.portal.notification.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.gov.cchc.portal.agency.AgencyFilter;
import vn.gov.cchc.portal.agency.AgencyService;
import vn.gov.cchc.portal.agency.AgencySummary;
import vn.gov.cchc.portal.benchmark.BenchmarkReport;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.notification.ReminderSettingsService;
import vn.gov.cchc.portal.security.SystemAuthentication;
import vn.gov.cchc.portal.support.IntegrationTest;
import vn.gov.cchc.portal.support.TestClock;
import vn.gov.cchc.portal.task.ScaleDataService;

/**
 * The morning reminder run over 1.000.000 tasks (-Dbench.tasks=N) and 5.000 users (-Dbench.users=N): 4.900 leaders
 * and officers spread over the agencies active today (one in ten a leader), 100 secretariat officers each following
 * some of them. Timed: the first run, when every open task with a deadline is at a step nobody was told of (the
 * worst day), and the next morning's, when only the tasks reaching a new step are; each run's reminders, then its
 * digests, with the heap's peak. Run: {@code ./mvnw -Pbenchmark test -Dtest=DigestBenchmark}. Target: all digests
 * built in ≤ 60 s, without loading all tasks into memory at once.
 */
@IntegrationTest
class DigestBenchmark {

    @Autowired
    ScaleDataService scaleData;

    @Autowired
    AgencyService agencies;

    @Autowired
    ReminderSettingsService settings;

    @Autowired
    DeadlineReminders reminders;

    @Autowired
    DailyDigest digest;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestClock clock;

    @Test
    void the_morning_run_over_a_million_tasks_and_five_thousand_users() {
        int tasks = Integer.getInteger("bench.tasks", 1_000_000);
        int users = Integer.getInteger("bench.users", 5_000);
        BenchmarkReport report = new BenchmarkReport("digest");
        long started = System.nanoTime();
        SystemAuthentication.runAsSystem(() -> scaleData.generate(tasks, 11));
        report.note(String.format("%,d tasks generated in %.0f s; %,d in the database, %,d open with a deadline", tasks,
                (System.nanoTime() - started) / 1e9, count("SELECT COUNT(*) FROM task"),
                count("SELECT COUNT(*) FROM task WHERE state = 'OPEN' AND deadline IS NOT NULL AND directive = FALSE")));
        addUsers(users);
        jdbc.execute("ANALYZE TABLE task, user_account, user_account_role, notification, mail_outbox");
        report.note(String.format("%,d enabled users (demo accounts included), %,d agencies followed",
                count("SELECT COUNT(*) FROM user_account WHERE enabled = TRUE"), count("SELECT COUNT(*) FROM agency_follower")));

        LocalDate today = LocalDate.now(PortalTime.ZONE);
        clock.stopped(() -> {
            morning(report, "first run (every step new)", today);
            clock.advance(Duration.ofDays(1));
            morning(report, "next morning", today.plusDays(1));
            return null;
        });
        report.print();
    }

    private void morning(BenchmarkReport report, String name, LocalDate day) {
        long notificationsBefore = count("SELECT COUNT(*) FROM notification");
        long mailsBefore = count("SELECT COUNT(*) FROM mail_outbox");
        System.gc();
        resetPeaks();
        long start = System.nanoTime();
        int reminded = SystemAuthentication.callAsSystem(() -> reminders.remind(day));
        long remindedAt = System.nanoTime();
        int digests = SystemAuthentication.callAsSystem(() -> digest.send(day));
        long end = System.nanoTime();
        report.note(String.format("%s: %,d tasks, requests and reports reminded, %,d bell notifications in %.1f s; %,d digests"
                        + " (%,d mails queued) in %.1f s; total %.1f s; heap peak %,d MB", name, reminded,
                count("SELECT COUNT(*) FROM notification") - notificationsBefore, (remindedAt - start) / 1e9, digests,
                count("SELECT COUNT(*) FROM mail_outbox") - mailsBefore, (end - remindedAt) / 1e9, (end - start) / 1e9,
                heapPeak() / (1024 * 1024)));
    }

    /** 4.900 agency users (a tenth leaders) over the agencies active today, 100 secretariat officers following them. */
    private void addUsers(int users) {
        List<AgencySummary> active = SystemAuthentication.callAsSystem(() -> agencies.list(AgencyFilter.activeOn(
                LocalDate.now(PortalTime.ZONE), null)));
        String hash = jdbc.queryForObject("SELECT password_hash FROM user_account WHERE username = 'vanphong'", String.class);
        int secretariat = Math.max(1, users / 50);
        List<Object[]> accounts = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            boolean central = i < secretariat;
            AgencySummary agency = central ? null : active.get(i % active.size());
            String username = (central ? "bench.vanphong." : i % 10 == 0 ? "bench.lanhdao." : "bench.canbo.") + i;
            accounts.add(new Object[] {username, "Cán bộ thử " + i, username + "@thu-nghiem.cchc.gov.vn", hash,
                    agency == null ? null : agency.id()});
        }
        jdbc.batchUpdate("""
                INSERT INTO user_account (username, full_name, email, password_hash, enabled, agency_id, created_at, updated_at)
                VALUES (?, ?, ?, ?, TRUE, ?, NOW(6), NOW(6))""", accounts);
        jdbc.update("""
                INSERT INTO user_account_role (user_id, role)
                SELECT id, CASE WHEN username LIKE 'bench.vanphong.%' THEN 'SECRETARIAT'
                                WHEN username LIKE 'bench.lanhdao.%' THEN 'AGENCY_LEADER' ELSE 'AGENCY_OFFICER' END
                FROM user_account WHERE username LIKE 'bench.%'""");
        List<Object[]> followers = new ArrayList<>();
        for (int i = 0; i < active.size(); i++) {
            followers.add(new Object[] {active.get(i).id(), "bench.vanphong." + (i % secretariat)});
        }
        jdbc.batchUpdate("INSERT INTO agency_follower (agency_id, username, assigned_by, assigned_at) VALUES (?, ?, 'quantri', NOW(6))",
                followers);
    }

    private long count(String sql) {
        Long value = jdbc.queryForObject(sql, Long.class);
        return value == null ? 0 : value;
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long heapPeak() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }
}
