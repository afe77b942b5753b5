package vn.gov.cchc.portal.support;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Headless Debian Chromium driven by Playwright (no browser download: .ci/run installs the chromium package).
 */
public final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;

    private Browser(Playwright playwright, com.microsoft.playwright.Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    public static Browser launch() {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException("Chromium not found at " + CHROMIUM
                    + ": install the Debian packages chromium and chromium-driver (.ci/run does)");
        }
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        com.microsoft.playwright.Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
        return new Browser(playwright, browser);
    }

    /** A new context whose pages wait as long as the journeys' assertions do. */
    public BrowserContext newContext(int width, int height) {
        BrowserContext context = browser.newContext(new NewContextOptions().setViewportSize(width, height).setLocale("vi-VN"));
        context.setDefaultTimeout(BrowserJourney.ASSERTION_TIMEOUT_MS);
        return context;
    }

    /** The same, signed in as the storage state of another context says (its cookies), with an empty cache. */
    public BrowserContext newContext(int width, int height, String storageState) {
        BrowserContext context = browser.newContext(new NewContextOptions().setViewportSize(width, height).setLocale("vi-VN")
                .setStorageState(storageState));
        context.setDefaultTimeout(BrowserJourney.ASSERTION_TIMEOUT_MS);
        return context;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
