package vn.gov.cchc.portal.trial;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.Cookie;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.gov.cchc.portal.support.Browser;
import vn.gov.cchc.portal.support.PortalPage;

/**
 * The two-node trial, driven by scripts/cluster-trial.sh (two portal nodes behind HAProxy, a Galera cluster of
 * three): a province officer saves a progress report through the proxy; the portal node that served it is stopped,
 * the officer signs in again (served by the other node) and saves again over the first; a Galera node is stopped
 * and the next save still succeeds; every remaining database node holds the last save; meanwhile both portal nodes
 * ran the morning reminders every 20 s, and no task was reminded twice in a day.
 */
class ClusterTrial {

    private static final String SAVED = "Đã lưu bản nháp";
    private static final String USER = "chuyenvien.hanoi";
    private static final String PASSWORD = "CaiCach-2026-CV";

    private final List<String> lines = new ArrayList<>();

    @Test
    void the_portal_keeps_serving_and_keeps_what_was_saved_when_a_portal_node_and_a_database_node_stop() throws Exception {
        URI proxy = URI.create(System.getProperty("trial.url", "http://127.0.0.1:8200"));
        long task = Long.getLong("trial.task", 0);
        Path report = Path.of(System.getProperty("trial.report", "target/cluster-trial/report.txt"));
        lines.add("Two-node trial: two portal nodes behind HAProxy (" + proxy + "), a Galera cluster of three MariaDB nodes; task " + task);
        try (Browser browser = Browser.launch(); BrowserContext context = browser.newContext(1280, 900)) {
            PortalPage officer = PortalPage.signIn(context, proxy.getPort(), USER, PASSWORD);
            String first = node(context);
            save(officer, task, "60", "Bản 1: đã rà soát 42/57 thủ tục nội bộ.");
            note("saved report 1 on " + first);

            control("stop-portal", first.substring("portal".length()));
            long switched = System.nanoTime();
            PortalPage again = PortalPage.signIn(context, proxy.getPort(), USER, PASSWORD);
            String second = node(context);
            note(String.format("%s stopped; signed in again after %d ms, served by %s", first, elapsed(switched), second));
            assertThat(second).isNotEqualTo(first);
            assertThat(narrative(3332, task)).as("the first save, read from the database").startsWith("Bản 1");
            save(again, task, "70", "Bản 2: đã rà soát 50/57 thủ tục nội bộ.");
            note("saved report 2 on " + second);

            control("stop-db", "1");
            long stopped = System.nanoTime();
            int attempts = saveUntilSaved(again, task, "80", "Bản 3: đã trình phương án đơn giản hóa 57/57 thủ tục.");
            note(String.format("Galera node 1 stopped; report 3 saved after %d attempt(s), %d ms", attempts, elapsed(stopped)));
        }
        for (int port : new int[] {3332, 3333}) {
            String saved = narrative(port, task);
            note("database node on " + port + " holds: " + saved);
            assertThat(saved).startsWith("Bản 3");
        }
        TimeUnit.SECONDS.sleep(45);
        try (Connection db = connect(3332); Statement sql = db.createStatement()) {
            long reminders = single(sql, "SELECT COUNT(*) FROM task_event WHERE type = 'REMINDER_SENT'");
            long twice = single(sql, """
                    SELECT COUNT(*) FROM (SELECT task_id FROM task_event WHERE type = 'REMINDER_SENT'
                    GROUP BY task_id, effective_on HAVING COUNT(*) > 1) reminded_twice""");
            note("morning runs every 20 s on both nodes: " + reminders + " reminders written, tasks reminded twice on one day: " + twice);
            assertThat(twice).isZero();
        }
        lines.add("Runs of the morning reminders per node (portal log): " + runs(1) + " on portal1, " + runs(2) + " on portal2");
        Files.createDirectories(report.toAbsolutePath().getParent());
        Files.write(report, lines);
    }

    private void save(PortalPage officer, long task, String percent, String text) {
        fill(officer, task, percent, text);
        officer.click("Lưu nháp");
        PlaywrightAssertions.assertThat(officer.page().getByText(SAVED).first())
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(15_000));
    }

    /** Saves; a database node gone may answer the first click with the portal's message, the next click works. */
    private int saveUntilSaved(PortalPage officer, long task, String percent, String text) {
        fill(officer, task, percent, text);
        Page page = officer.page();
        long started = System.nanoTime();
        int attempts = 0;
        while (elapsed(started) < 60_000) {
            attempts++;
            page.locator("vaadin-notification-card").evaluateAll("cards => cards.forEach(card => card.remove())");
            officer.click("Lưu nháp");
            long clicked = System.nanoTime();
            while (elapsed(clicked) < 12_000) {
                if (page.getByText(SAVED).first().isVisible()) {
                    return attempts;
                }
                page.waitForTimeout(100);
            }
        }
        throw new AssertionError("the report was not saved within 60 s of the database node's stop");
    }

    private static void fill(PortalPage officer, long task, String percent, String text) {
        officer.open("agency/task/" + task);
        Locator narrative = officer.page().getByLabel("Nội dung báo cáo");
        officer.page().getByLabel("Tỷ lệ hoàn thành").fill(percent);
        narrative.fill(text);
    }

    private static String node(BrowserContext context) {
        return context.cookies().stream().filter(cookie -> cookie.name.equals("SERVERID")).map(cookie -> cookie.value)
                .findFirst().orElseThrow(() -> new AssertionError("no SERVERID cookie from HAProxy: " + names(context.cookies())));
    }

    private static List<String> names(List<Cookie> cookies) {
        return cookies.stream().map(cookie -> cookie.name).toList();
    }

    private static String narrative(int port, long task) throws SQLException {
        try (Connection db = connect(port); Statement sql = db.createStatement();
             ResultSet rs = sql.executeQuery("SELECT narrative FROM task_report WHERE task_id = " + task + " ORDER BY id DESC LIMIT 1")) {
            return rs.next() ? rs.getString(1) : "";
        }
    }

    private static Connection connect(int port) throws SQLException {
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/cchc", "portal", "portal-trial");
    }

    private static long single(Statement sql, String query) throws SQLException {
        try (ResultSet rs = sql.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long runs(int node) throws IOException {
        Path log = Path.of(System.getenv().getOrDefault("CLUSTER_TRIAL_WORK", "target/cluster-trial"), "portal" + node, "portal.log");
        return Files.exists(log) ? Files.readAllLines(log).stream().filter(line -> line.contains("Morning run:")).count() : 0;
    }

    private void note(String line) {
        System.out.println(line);
        lines.add(line);
    }

    private static void control(String action, String node) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("bash", "scripts/cluster-control.sh", action, node).inheritIO().start();
        if (!process.waitFor(90, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("scripts/cluster-control.sh " + action + " " + node + " failed");
        }
    }

    private static long elapsed(long since) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - since);
    }
}
