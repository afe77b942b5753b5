package vn.gov.cchc.portal.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.cchc.portal.api.ApiScope;
import vn.gov.cchc.portal.api.ApiTokenDraft;
import vn.gov.cchc.portal.api.ApiTokenService;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.security.SystemAuthentication;
import vn.gov.cchc.portal.support.IntegrationTest;
import vn.gov.cchc.portal.task.ScaleDataService;
import vn.gov.cchc.portal.task.internal.FigureCache;

/**
 * The read API over HTTP with 1.000.000 tasks (-Dbench.tasks=N): pages of 100 tasks — the first, the following ones
 * walked by cursor, one agency's, as of a past day — and the figures as of a date. Run:
 * {@code ./mvnw -Pbenchmark test -Dtest=ApiBenchmark}. Targets: a page ≤ 50 ms p95, figures ≤ 100 ms p95.
 */
@IntegrationTest
@TestPropertySource(properties = "portal.api.requests-per-minute=100000000")
class ApiBenchmark {

    @LocalServerPort
    int port;

    @Autowired
    FigureCache keptFigures;

    @Autowired
    ScaleDataService scaleData;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JsonMapper json;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void pages_of_tasks_and_figures_at_a_million_tasks() {
        int count = Integer.getInteger("bench.tasks", 1_000_000);
        BenchmarkReport report = new BenchmarkReport("api");
        long started = System.nanoTime();
        SystemAuthentication.runAsSystem(() -> scaleData.generate(count, 13));
        jdbc.execute("ANALYZE TABLE task, task_span, figure_agency_point, figure_area_point");
        report.note(String.format("%,d tasks in the database (%,d generated in %.0f s)",
                jdbc.queryForObject("SELECT COUNT(*) FROM task", Long.class), count, (System.nanoTime() - started) / 1e9));
        LocalDate today = LocalDate.now(PortalTime.ZONE);
        String token = SystemAuthentication.callAsSystem(() -> tokens.issue(new ApiTokenDraft("Benchmark",
                Set.of(ApiScope.READ_TASKS, ApiScope.READ_FIGURES), null, today.plusDays(30)))).secret();
        long agency = jdbc.queryForObject("SELECT lead_agency_id FROM task GROUP BY lead_agency_id ORDER BY COUNT(*) DESC LIMIT 1",
                Long.class);

        report.measure("first page of 100 tasks", 100, () -> get("/api/v1/tasks?limit=100", token));
        String[] cursor = {""};
        report.measure("next pages of 100 tasks, walked by cursor", 300, () -> {
            JsonNode page = json.readTree(get("/api/v1/tasks?limit=100&cursor=" + cursor[0], token));
            cursor[0] = page.get("nextCursor").isNull() ? "" : page.get("nextCursor").asString();
            return page;
        });
        report.measure("one agency's first page of 100", 100, () -> get("/api/v1/tasks?limit=100&agency=" + agency, token));
        report.measure("100 tasks as of 30/06 of last year", 100,
                () -> get("/api/v1/tasks?limit=100&asOf=" + LocalDate.of(today.getYear() - 1, 6, 30), token));
        // computed each time (the figures kept for every reader, ADR 0022, are forgotten first)
        report.measure("figures as of today (the year)", 50, () -> {
            keptFigures.invalidate();
            return get("/api/v1/figures", token);
        });
        report.measure("figures as of 30/06 of last year, first half", 50, () -> {
            keptFigures.invalidate();
            return get("/api/v1/figures?asOf=" + LocalDate.of(today.getYear() - 1, 6, 30) + "&from="
                    + LocalDate.of(today.getYear() - 1, 1, 1), token);
        });
        report.print();
    }

    private String get(String path, String token) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
