package vn.gov.cchc.portal.trial;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.gov.cchc.portal.support.Browser;
import vn.gov.cchc.portal.support.PortalPage;

/**
 * The database outage trial, driven by scripts/outage-trial.sh against a running portal: an administrator searches
 * the user list while the database is frozen and thawed, then stopped and started, {@code trial.cycles} times each.
 * Measured per outage: how long until the portal's message shows, and how long after the database is back until a
 * search works again. Targets: 3 s and 10 s.
 */
class OutageTrial {

    private static final String MESSAGE = "Không kết nối được cơ sở dữ liệu";
    private static final List<String> NAMES = List.of("vanphong", "uyvien", "lanhdao.hanoi", "chuyenvien.btp");
    private static final long TIMEOUT_MS = 30_000;

    record Cycle(String kind, int number, String outcome, long shownMs, long recoveredMs) {
    }

    private int searches;

    @Test
    void the_portal_speaks_within_3_s_and_recovers_within_10_s_through_database_outages() throws Exception {
        URI portal = URI.create(System.getProperty("trial.url", "http://localhost:8097"));
        int cycles = Integer.getInteger("trial.cycles", 20);
        Path report = Path.of(System.getProperty("trial.report", "target/outage-trial/report.txt"));
        List<Cycle> results = new ArrayList<>();
        try (Browser browser = Browser.launch(); BrowserContext context = browser.newContext(1280, 900)) {
            PortalPage admin = PortalPage.signIn(context, portal.getPort(), "quantri", "CaiCach-2026-QT");
            admin.open("admin/users");
            Page page = admin.page();
            page.getByLabel("Tìm kiếm").waitFor();
            search(page);
            row(page, NAMES.getFirst()).waitFor();
            for (String kind : List.of("freeze", "stop")) {
                for (int i = 1; i <= cycles; i++) {
                    results.add(cycle(page, kind, i));
                    System.out.println(results.getLast());
                }
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add("Database outage trial: " + System.getenv().getOrDefault("TRIAL_MODE", "?") + " MariaDB, " + cycles
                + " freeze/thaw and " + cycles + " stop/start cycles against " + portal);
        results.forEach(c -> lines.add(String.format("%-6s %2d  %s after %5d ms; a search works %5d ms after the database is back",
                c.kind(), c.number(), c.outcome().equals("message") ? "the message shown  " : c.outcome().equals("unharmed")
                        ? "answered normally  " : "nothing (hung)     ", c.shownMs(), c.recoveredMs())));
        long maxShown = results.stream().filter(c -> c.outcome().equals("message")).mapToLong(Cycle::shownMs).max().orElse(0);
        long maxRecovered = results.stream().mapToLong(Cycle::recoveredMs).max().orElse(0);
        long messages = results.stream().filter(c -> c.outcome().equals("message")).count();
        lines.add(String.format("messages shown: %d of %d outages, longest wait for it %d ms (target 3000); longest recovery %d ms (target 10000)",
                messages, results.size(), maxShown, maxRecovered));
        Files.createDirectories(report.toAbsolutePath().getParent());
        Files.write(report, lines);
        assertThat(results).allMatch(c -> !c.outcome().equals("hung"));
        assertThat(maxShown).isLessThanOrEqualTo(3000);
        assertThat(maxRecovered).isLessThanOrEqualTo(10_000);
    }

    private Cycle cycle(Page page, String kind, int number) throws Exception {
        waitForNoticesToClose(page);
        control(kind.equals("freeze") ? "freeze" : "stop");
        long started = System.nanoTime();
        String name = search(page);
        String outcome = "hung";
        long shown = -1;
        try {
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(TIMEOUT_MS);
            while (System.nanoTime() < deadline) {
                if (notice(page).isVisible()) {
                    outcome = "message";
                    shown = elapsed(started);
                    break;
                }
                if (row(page, name).isVisible()) {
                    outcome = "unharmed"; // the server was back (the embedded one restarted by the portal) within the wait
                    shown = elapsed(started);
                    break;
                }
                page.waitForTimeout(50);
            }
        } finally {
            control(kind.equals("freeze") ? "thaw" : "start");
        }
        long back = System.nanoTime();
        long recovered = -1;
        while (elapsed(back) < TIMEOUT_MS) {
            String next = search(page);
            long attempt = System.nanoTime();
            while (elapsed(attempt) < 4000 && !row(page, next).isVisible()) {
                page.waitForTimeout(50);
            }
            if (row(page, next).isVisible()) {
                recovered = elapsed(back);
                break;
            }
        }
        return new Cycle(kind, number, outcome, shown, recovered);
    }

    private String search(Page page) {
        String name = NAMES.get(searches++ % NAMES.size());
        Locator field = page.getByLabel("Tìm kiếm");
        field.fill(name);
        field.press("Enter");
        return name;
    }

    private static Locator notice(Page page) {
        return page.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText(MESSAGE)).first();
    }

    private static Locator row(Page page, String name) {
        return page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(name)).first();
    }

    private static void waitForNoticesToClose(Page page) {
        long started = System.nanoTime();
        while (page.locator("vaadin-notification-card").count() > 0 && elapsed(started) < 15_000) {
            page.waitForTimeout(200);
        }
    }

    private static void control(String action) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("bash", "scripts/outage-db.sh", action).inheritIO().start();
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("scripts/outage-db.sh " + action + " failed");
        }
    }

    private static long elapsed(long since) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - since);
    }
}
