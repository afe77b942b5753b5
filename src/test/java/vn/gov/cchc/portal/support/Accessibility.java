package vn.gov.cchc.portal.support;

import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Deque's axe-core run on a page as it stands, against WCAG 2.1 A and AA (ADR 0027): what it finds, which of it
 * blocks (serious or critical), and a report of everything found over a journey.
 */
public final class Accessibility {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final List<String> BLOCKING = List.of("serious", "critical");

    /** One rule broken on one page, with the elements that break it. */
    public record Finding(String page, String rule, String impact, String help, List<String> targets, String why) {

        public boolean blocking() {
            return BLOCKING.contains(impact);
        }

        @Override
        public String toString() {
            return impact + " " + rule + " on " + page + ": " + help + " " + targets;
        }
    }

    /** WCAG 2.1 A and AA only, violations only (axe then skips describing what passed: a grid page in a second). */
    private static final AxeRunOptions OPTIONS = new AxeRunOptions();

    static {
        AxeRunOnlyOptions only = new AxeRunOnlyOptions();
        only.setType("tag");
        only.setValues(WCAG_21_AA);
        OPTIONS.setRunOnly(only);
        OPTIONS.setResultTypes(List.of("violations"));
        OPTIONS.setIFrames(false);
    }

    private final List<Finding> found = new ArrayList<>();

    /** Checks the page as it stands, naming it {@code page} in the findings; returns what this page broke. */
    public List<Finding> check(Page page, String name) {
        waitUntilIdle(page);
        List<Finding> findings = new ArrayList<>();
        // Vaadin's development tools (Copilot) are in the page only in development mode, never in production
        for (Rule rule : new AxeBuilder(page).options(OPTIONS).exclude("copilot-main").exclude("vaadin-dev-tools")
                .analyze().getViolations()) {
            findings.add(new Finding(name, rule.getId(), String.valueOf(rule.getImpact()), rule.getHelp(),
                    rule.getNodes().stream().map(CheckedNode::getTarget).map(String::valueOf).limit(5).toList(),
                    rule.getNodes().isEmpty() ? "" : String.valueOf(rule.getNodes().getFirst().getFailureSummary())));
        }
        found.addAll(findings);
        return findings;
    }

    public List<Finding> blocking() {
        return found.stream().filter(Finding::blocking).toList();
    }

    /** Writes every finding, grouped by rule, to a Markdown report; returns its path. */
    public Path report(Path file, String title, int pagesChecked) {
        Map<String, List<Finding>> byRule = found.stream().collect(Collectors.groupingBy(f -> f.impact() + " · " + f.rule(),
                TreeMap::new, Collectors.toList()));
        StringBuilder text = new StringBuilder("# ").append(title).append("\n\n").append(pagesChecked)
                .append(" pages checked against WCAG 2.1 A/AA with axe-core; ").append(found.size()).append(" findings, ")
                .append(blocking().size()).append(" serious or critical.\n");
        byRule.forEach((rule, findings) -> {
            text.append("\n## ").append(rule).append(" (").append(findings.size()).append(" pages)\n\n")
                    .append(findings.getFirst().help()).append("\n\n    ").append(findings.getFirst().why().replace("\n", "\n    "))
                    .append("\n\n");
            findings.stream().sorted(Comparator.comparing(Finding::page))
                    .forEach(f -> text.append("- ").append(f.page()).append(": ").append(f.targets()).append('\n'));
        });
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Waits for the page's Vaadin client to have nothing left to do (the view rendered, its data loaded). */
    public static void waitUntilIdle(Page page) {
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())");
        page.waitForTimeout(100);
    }
}
