package vn.gov.cchc.portal.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.gov.cchc.portal.security.Role;
import vn.gov.cchc.portal.support.Accessibility;
import vn.gov.cchc.portal.support.BrowserJourney;
import vn.gov.cchc.portal.support.IntegrationTest;
import vn.gov.cchc.portal.support.PortalPage;
import vn.gov.cchc.portal.support.PortalRoutes;
import vn.gov.cchc.portal.support.TestUsers;
import vn.gov.cchc.portal.user.UserSummary;

/**
 * Every route, for every role that may open it, in Vietnamese and in English, checked by axe-core against WCAG 2.1
 * AA: no serious or critical violation, the page's language said in its {@code lang}; everything else is listed in
 * {@code target/accessibility/report.md} (ADR 0027). And the check itself catches a violation planted in a page.
 */
@IntegrationTest
class AccessibilityJourneyTest extends BrowserJourney {

    private static final Accessibility AXE = new Accessibility();
    private static int pagesChecked;

    @Autowired
    TestUsers testUsers;
    @Autowired
    JdbcTemplate jdbc;

    @AfterAll
    static void writeReport() {
        AXE.report(Path.of("target/accessibility/report.md"), "Accessibility of every route (axe-core, WCAG 2.1 AA)",
                pagesChecked);
    }

    @Test
    void every_route_for_every_role_in_both_languages_has_no_serious_or_critical_violation() {
        List<Accessibility.Finding> blocking = new ArrayList<>();
        try (BrowserContext context = browser.newContext(1280, 900)) {
            Page page = context.newPage();
            for (String language : List.of("vi", "en")) {
                page.navigate(base() + "/login");
                if ("en".equals(language)) {
                    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("English")).press("Enter");
                    page.waitForURL("**/login");
                }
                blocking.addAll(checkPage(page, "login", language));
            }
        }
        for (Role role : Role.values()) {
            UserSummary user = role == Role.SECRETARIAT_HEAD ? testUsers.createHead()
                    : testUsers.create(role, role.agencyBound() ? "ha-noi" : null);
            try (BrowserContext context = browser.newContext(1280, 900)) {
                PortalPage portal = PortalPage.signIn(context, port, user.username(), TestUsers.PASSWORD);
                Page page = portal.page();
                for (String language : List.of("vi", "en")) {
                    if ("en".equals(language)) {
                        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("English")).press("Enter");
                        page.waitForFunction("() => document.documentElement.lang === 'en'");
                    }
                    for (PortalRoutes.Route route : PortalRoutes.all().filter(r -> r.allows(role)).toList()) {
                        open(page, PortalRoutes.resolve(route.location(), jdbc));
                        blocking.addAll(checkPage(page, role + " " + route.location(), language));
                    }
                }
            }
        }
        assertThat(blocking).as("serious or critical violations (all findings: target/accessibility/report.md)").isEmpty();
    }

    @Test
    void a_violation_planted_in_a_page_is_caught() {
        try (BrowserContext context = browser.newContext(1280, 900)) {
            Page page = context.newPage();
            page.navigate(base() + "/login");
            Accessibility.waitUntilIdle(page);
            page.evaluate("() => { const b = document.createElement('button'); b.id = 'planted';"
                    + " b.innerHTML = '<svg width=\"16\" height=\"16\"></svg>'; document.body.appendChild(b); }");

            List<Accessibility.Finding> found = new Accessibility().check(page, "login with a planted button");

            assertThat(found).filteredOn(Accessibility.Finding::blocking).anySatisfy(finding -> {
                assertThat(finding.rule()).isEqualTo("button-name");
                assertThat(finding.targets().toString()).contains("#planted");
            });
        }
    }

    /**
     * Opens a route inside the running page, as the portal's own links do (no reload: the check is about the page, and
     * a reload per page would double the journey's time): the view shown is marked, the route is pushed, and the
     * journey waits until a new view stands in its place. The same route again is loaded afresh.
     */
    private void open(Page page, String path) {
        Object moved = page.evaluate("""
                p => {
                  if (location.pathname === '/' + p) return false;
                  const view = document.querySelector('vaadin-app-layout > :not([slot])');
                  if (!view) return false;
                  view.setAttribute('data-left', '');
                  history.pushState(null, '', '/' + p);
                  window.dispatchEvent(new PopStateEvent('popstate', {state: null}));
                  return true;
                }""", path);
        if (Boolean.TRUE.equals(moved)) {
            page.waitForFunction("() => !document.querySelector('vaadin-app-layout > [data-left]')"
                    + " && document.querySelector('vaadin-app-layout > :not([slot])')");
        } else {
            page.navigate(base() + "/" + path);
        }
        Accessibility.waitUntilIdle(page);
    }

    private List<Accessibility.Finding> checkPage(Page page, String name, String language) {
        List<Accessibility.Finding> findings = AXE.check(page, name + " (" + language + ")");
        pagesChecked++;
        assertThat(page.locator("html").getAttribute("lang")).as("the language of %s", name).isEqualTo(language);
        return findings.stream().filter(Accessibility.Finding::blocking).toList();
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
