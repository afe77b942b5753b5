package vn.gov.cchc.portal.support;

import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Base of the real-browser journeys: one headless Chromium per test class, against the portal on a random port. */
public abstract class BrowserJourney {

    protected static Browser browser;

    @LocalServerPort
    protected int port;

    /** How long a visibility or text check waits: generous, since these machines are shared and loaded. */
    public static final double ASSERTION_TIMEOUT_MS = 30_000;

    @BeforeAll
    static void launchBrowser() {
        browser = Browser.launch();
        PlaywrightAssertions.setDefaultAssertionTimeout(ASSERTION_TIMEOUT_MS);
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }
}
