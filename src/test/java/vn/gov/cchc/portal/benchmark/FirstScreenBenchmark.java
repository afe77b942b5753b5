package vn.gov.cchc.portal.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import vn.gov.cchc.portal.support.Browser;
import vn.gov.cchc.portal.support.PortalPage;

/**
 * The secretariat's first screen and type-to-results in a real browser (headless Chromium) against the production
 * jar with 100.000 tasks, as {@code scripts/first-screen-benchmark.sh} starts it (ADR 0022). Skipped unless
 * {@code bench.port} names the running portal.
 *
 * <ul>
 *   <li>the task list's first load, with an empty browser cache and with the cache a second visit has: from the
 *       address typed to the rows drawn; with what it fetched (requests, bytes over the wire and unpacked) and the
 *       server's share;</li>
 *   <li>the task list from the menu (from the click to the rows);</li>
 *   <li>a title search: from the last keystroke to the filtered rows, waiting for the field's pause, and with
 *       Enter.</li>
 * </ul>
 */
class FirstScreenBenchmark {

    private static final int RUNS = Integer.getInteger("bench.runs", 15);
    /** Rows drawn: the grid has rows, is not loading, and a cell shows a date (a deadline; headers have none). */
    private static final String ROWS_DRAWN = """
            () => { const g = document.querySelector('vaadin-grid');
                    return !!g && g.size > 0 && !g.hasAttribute('loading')
                        && [...g.querySelectorAll('vaadin-grid-cell-content')].some(c => /\\d{2}\\/\\d{2}\\/\\d{4}/.test(c.textContent)); }""";
    private static final String SIZE_IS = """
            size => { const g = document.querySelector('vaadin-grid');
                      return g.size === size && !g.hasAttribute('loading'); }""";

    @Test
    void the_task_list_first_load_and_a_title_search() {
        int port = Integer.getInteger("bench.port", 0);
        assumeTrue(port > 0, "run by scripts/first-screen-benchmark.sh (-Dbench.port=the portal's port)");
        String base = "http://localhost:" + port;
        BenchmarkReport report = new BenchmarkReport("first-screen");
        try (Browser browser = Browser.launch()) {
            BrowserContext signedIn = browser.newContext(1400, 900);
            PortalPage.signIn(signedIn, port, "vanphong", "CaiCach-2026-VP");
            String state = signedIn.storageState();

            List<Load> cold = new ArrayList<>();
            report.measure("task list, first load, empty browser cache", RUNS, () -> {
                BrowserContext context = browser.newContext(1400, 900, state);
                try {
                    Load load = load(context.newPage(), base + "/tasks");
                    cold.add(load);
                    return load;
                } finally {
                    context.close();
                }
            });
            report.note(cold.getLast().describe());

            BrowserContext context = browser.newContext(1400, 900, state);
            Page page = context.newPage();
            load(page, base + "/tasks");
            List<Load> warm = new ArrayList<>();
            report.measure("task list, full load, browser cache warm", RUNS, () -> {
                Load load = load(page, base + "/tasks");
                warm.add(load);
                return load;
            });
            report.note(warm.getLast().describe());

            report.measure("task list from the menu (click to rows)", RUNS, () -> {
                page.navigate(base + "/");
                page.getByText("Xin chào").waitFor();
                long start = System.nanoTime();
                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nhiệm vụ").setExact(true)).first().click();
                page.waitForFunction(ROWS_DRAWN);
                return (System.nanoTime() - start) / 1_000_000;
            });

            load(page, base + "/tasks");
            var field = page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Tìm kiếm"));
            int all = size(page);
            field.fill("so hoa");
            page.keyboard().press("Enter");
            page.waitForFunction("all => document.querySelector('vaadin-grid').size !== all", all);
            int found = size(page);
            assertThat(found).isPositive().isLessThan(all);
            report.note(String.format("title search 'so hoa': %,d of %,d tasks", found, all));
            report.measure("title search: last keystroke to rows (pause)", RUNS,
                    () -> searchTime(page, field, all, found, "so ho", 60, "a"));
            report.note(uidlShare());
            report.measure("title search: Enter to rows", RUNS,
                    () -> searchTime(page, field, all, found, "so hoa", 20, "Enter"));
            report.note(uidlShare());
            context.close();
        }
        report.print();
    }

    /**
     * From an unfiltered list: types {@code typed} at {@code delay} ms a key, then the timed last key; until the grid
     * shows the {@code found} rows.
     */
    private static long searchTime(Page page, Locator field, int all, int found, String typed, int delay, String lastKey) {
        clear(page, field, all);
        field.pressSequentially(typed, new Locator.PressSequentiallyOptions().setDelay(delay));
        page.evaluate("() => performance.clearResourceTimings()");
        long start = System.nanoTime();
        field.press(lastKey);
        page.waitForFunction(SIZE_IS, found);
        long millis = (System.nanoTime() - start) / 1_000_000;
        SERVER_SHARE.add(((Number) page.evaluate("""
                () => performance.getEntriesByType('resource').filter(e => e.name.includes('v-r=uidl'))
                                 .reduce((s, e) => s + e.duration, 0)""")).doubleValue());
        return millis;
    }

    /** The time of the UIDL round trips (the server's share and the wire) of each search measured, in ms. */
    private static final List<Double> SERVER_SHARE = new ArrayList<>();

    private static String uidlShare() {
        List<Double> sorted = SERVER_SHARE.stream().sorted().toList();
        SERVER_SHARE.clear();
        return String.format("  of which UIDL round trips (server and wire): median %.0f ms", sorted.get(sorted.size() / 2));
    }

    private static void clear(Page page, Locator field, int all) {
        field.fill("");
        field.press("Enter");
        page.waitForFunction(SIZE_IS, all);
    }

    private static int size(Page page) {
        return ((Number) page.evaluate("() => document.querySelector('vaadin-grid').size")).intValue();
    }

    /** Opens the address and waits for the rows; what the browser fetched on the way. */
    private static Load load(Page page, String url) {
        List<String> encodings = new ArrayList<>();
        AtomicLong requests = new AtomicLong();
        java.util.function.Consumer<Response> seen = response -> {
            requests.incrementAndGet();
            String encoding = response.headers().get("content-encoding");
            if (response.url().contains("/VAADIN/build/") && response.url().endsWith(".js")) {
                encodings.add(response.url().replaceAll(".*/", "") + " " + (encoding == null ? "uncompressed" : encoding)
                        + ", " + response.headers().getOrDefault("cache-control", "no cache-control"));
            }
        };
        page.onResponse(seen);
        long start = System.nanoTime();
        page.navigate(url);
        page.waitForFunction(ROWS_DRAWN);
        long millis = (System.nanoTime() - start) / 1_000_000;
        page.offResponse(seen);
        @SuppressWarnings("unchecked")
        Map<String, Object> timing = (Map<String, Object>) page.evaluate("""
                () => { const n = performance.getEntriesByType('navigation')[0];
                        const r = performance.getEntriesByType('resource');
                        const uidl = r.filter(e => e.name.includes('v-r=uidl'));
                        return { document: n.responseEnd - n.requestStart, server: n.responseStart - n.requestStart,
                                 domReady: n.domContentLoadedEventEnd,
                                 transferred: n.transferSize + r.reduce((s, e) => s + e.transferSize, 0),
                                 decoded: n.decodedBodySize + r.reduce((s, e) => s + e.decodedBodySize, 0),
                                 uidl: uidl.length, uidlMs: uidl.reduce((s, e) => s + e.duration, 0) }; }""");
        return new Load(millis, requests.get(), timing, encodings);
    }

    private record Load(long millis, long requests, Map<String, Object> timing, List<String> bundle) {

        String describe() {
            return String.format("  last run: %d ms; %d requests, %,.0f KB over the wire, %,.0f KB unpacked; document %.0f ms"
                    + " (server %.0f ms), DOM ready at %.0f ms, %s UIDL requests %.0f ms; bundle: %s", millis, requests,
                    number("transferred") / 1024, number("decoded") / 1024, number("document"), number("server"),
                    number("domReady"), timing.get("uidl"), number("uidlMs"), bundle.isEmpty() ? "from the cache" : bundle);
        }

        private double number(String key) {
            return ((Number) timing.get(key)).doubleValue();
        }
    }
}
