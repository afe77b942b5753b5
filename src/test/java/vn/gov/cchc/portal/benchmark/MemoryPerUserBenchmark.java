package vn.gov.cchc.portal.benchmark;

import com.microsoft.playwright.BrowserContext;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.support.Browser;
import vn.gov.cchc.portal.support.IntegrationTest;
import vn.gov.cchc.portal.support.PortalPage;
import vn.gov.cchc.portal.support.TestTasks;

/**
 * The server's memory per signed-in user (issue 18): real browsers (one context each, so one HTTP session each)
 * sign in and open a screen — the secretariat the task grid, a province officer their task page — N at a time
 * (-Dbench.users=N, default 40); the heap used after a full GC is read with none, N/2 and N open, after the tabs
 * are closed, and after the sessions expired (the session timeout is 1 minute here). Run:
 * {@code ./mvnw -Pbenchmark test -Dtest=MemoryPerUserBenchmark}. Target: ≤ 200 KB per UI.
 */
@IntegrationTest
@TestPropertySource(properties = "server.servlet.session.timeout=1m")
class MemoryPerUserBenchmark {

    @LocalServerPort
    int port;

    @Autowired
    TestTasks testTasks;

    @Test
    void memory_per_signed_in_user() throws Exception {
        int users = Integer.getInteger("bench.users", 40);
        BenchmarkReport report = new BenchmarkReport("memory-per-user");
        LocalDate today = LocalDate.now(PortalTime.ZONE);
        long task = testTasks.assignTo("ha-noi", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính cấp xã", today, today.plusDays(45));
        try (Browser browser = Browser.launch()) {
            warmUp(browser);
            measure(browser, report, users, "secretariat on the task grid (vanphong, tasks)", portal -> {
                PortalPage page = PortalPage.signIn(portal, port, "vanphong", "CaiCach-2026-VP");
                page.open("tasks");
                page.page().locator("vaadin-grid").first().waitFor();
            });
            if (System.getProperty("bench.only", "").equals("secretariat")) {
                report.print();
                return;
            }
            measure(browser, report, users, "province officer on a task page (chuyenvien.hanoi, agency/task)", portal -> {
                PortalPage page = PortalPage.signIn(portal, port, "chuyenvien.hanoi", "CaiCach-2026-CV");
                page.open("agency/task/" + task);
                page.page().getByLabel("Nội dung báo cáo").waitFor();
            });
        }
        report.print();
    }

    private void warmUp(Browser browser) {
        try (BrowserContext context = browser.newContext(1280, 900)) {
            PortalPage page = PortalPage.signIn(context, port, "vanphong", "CaiCach-2026-VP");
            page.open("tasks");
            page.page().locator("vaadin-grid").first().waitFor();
        }
    }

    private void measure(Browser browser, BenchmarkReport report, int users, String scenario, Consumer<BrowserContext> open)
            throws InterruptedException {
        long before = heapAfterGc();
        Map<String, Long> histogramBefore = histogram();
        List<BrowserContext> contexts = new ArrayList<>();
        long half = 0;
        for (int i = 1; i <= users; i++) {
            BrowserContext context = browser.newContext(1280, 900);
            contexts.add(context);
            open.accept(context);
            if (i == users / 2) {
                half = heapAfterGc();
            }
        }
        long full = heapAfterGc();
        contexts.forEach(BrowserContext::close);
        Thread.sleep(5_000);
        long closed = heapAfterGc();
        Thread.sleep(150_000);
        long expired = heapAfterGc();
        report.note(String.format("%s: heap after GC %,d KB with none open; +%,d KB with %d (%,d KB each); +%,d KB with %d "
                        + "(%,d KB each; the second half %,d KB each); tabs closed: +%,d KB; sessions expired: +%,d KB",
                scenario, before / 1024, (half - before) / 1024, users / 2, (half - before) / 1024 / (users / 2),
                (full - before) / 1024, users, (full - before) / 1024 / users, (full - half) / 1024 / (users - users / 2),
                (closed - before) / 1024, (expired - before) / 1024));
        Map<String, Long> histogramAfter = histogram();
        report.note("  what is still there after the sessions expired (classes grown most, KB): " + histogramAfter.entrySet().stream()
                .map(entry -> Map.entry(entry.getKey(), entry.getValue() - histogramBefore.getOrDefault(entry.getKey(), 0L)))
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(12)
                .map(entry -> entry.getKey() + " " + entry.getValue() / 1024).collect(Collectors.joining(", ")));
    }

    /** Bytes per class of the live heap (jcmd GC.class_histogram, which collects first). */
    private static Map<String, Long> histogram() {
        try {
            String text = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()});
            Map<String, Long> bytes = new HashMap<>();
            for (String line : text.split("\n")) {
                String[] parts = line.trim().split("\\s+");
                if (parts.length >= 4 && parts[0].endsWith(":")) {
                    bytes.merge(parts[3], Long.parseLong(parts[2]), Long::sum);
                }
            }
            return bytes;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static long heapAfterGc() throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(300);
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
