package vn.gov.cchc.portal.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Date;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.security.SystemAuthentication;
import vn.gov.cchc.portal.support.IntegrationTest;
import vn.gov.cchc.portal.support.TestClock;
import vn.gov.cchc.portal.support.TestTasks;

/**
 * A national system reads the portal through the API with the token the administrator issued it: tasks page by page
 * (no task twice, none skipped, though tasks are added meanwhile), with their status as of a date, as JSON or CSV;
 * figures with an ETag; sessions. What a token may not do is refused as a problem detail: no token, a wrong, revoked
 * or expired one, another scope, another agency, a changed cursor, too many requests. Every call is logged, and
 * the answers match the OpenAPI document.
 */
@IntegrationTest
class ReadApiTest {

    /** Today, taken when each test starts (not when the class loads: a run may cross midnight). */
    private final LocalDate today = LocalDate.now(PortalTime.ZONE);
    private static final Set<ApiScope> TASKS = Set.of(ApiScope.READ_TASKS);

    @LocalServerPort
    int port;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    TestTasks testTasks;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    JsonMapper json;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void a_national_system_pages_through_a_provinces_tasks_without_repeats_or_gaps_while_tasks_are_added() throws Exception {
        String token = issue(TASKS, null);
        long langSon = testTasks.agencyId("lang-son");
        testTasks.assignTo("lang-son", "Rà soát quy trình nội bộ giải quyết thủ tục hành chính", today.minusDays(5), today.plusDays(60));
        List<Long> seen = new ArrayList<>();
        String cursor = "";
        boolean added = false;
        do {
            JsonNode page = body(get("/api/v1/tasks?agency=" + langSon + "&limit=7&cursor=" + cursor, token));
            page.get("items").forEach(item -> seen.add(item.get("id").asLong()));
            cursor = page.get("nextCursor").isNull() ? "" : page.get("nextCursor").asString();
            if (!added) {
                testTasks.assignTo("lang-son", "Báo cáo kết quả số hóa hồ sơ tại bộ phận một cửa", today, today.plusDays(90));
                added = true;
            }
        } while (!cursor.isEmpty());

        List<Long> expected = jdbc.queryForList("SELECT id FROM task WHERE lead_agency_id = ? AND assigned_on <= ? ORDER BY id", Long.class,
                langSon, Date.valueOf(today));
        assertThat(seen).doesNotHaveDuplicates().isSorted().containsExactlyElementsOf(expected);
    }

    @Test
    void a_task_reads_as_in_time_before_its_deadline_and_overdue_after_it() throws Exception {
        String token = issue(TASKS, null);
        long task = testTasks.assignTo("quang-ninh", "Công bố danh mục thủ tục hành chính thực hiện toàn trình", today.minusDays(40),
                today.minusDays(10));
        long agency = testTasks.agencyId("quang-ninh");

        assertThat(status(token, agency, task, today.minusDays(20))).isEqualTo("OPEN_IN_TIME");
        assertThat(status(token, agency, task, today)).isEqualTo("OPEN_OVERDUE");
        assertThat(status(token, agency, task, today.minusDays(41))).as("not yet assigned: not listed").isNull();
    }

    @Test
    void the_same_page_reads_as_csv() throws Exception {
        String token = issue(TASKS, null);
        HttpResponse<String> csv = get("/api/v1/tasks?limit=3", token, "Accept", "text/csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body().lines().toList()).hasSize(4).first()
                .isEqualTo("id,parentId,title,area,leadAgencyId,leadAgency,assignedOn,deadline,status");
        assertThat(csv.headers().firstValue("X-Next-Cursor")).isPresent();
    }

    @Test
    void figures_come_with_an_etag_and_an_unchanged_answer_is_not_sent_again() throws Exception {
        String token = issue(Set.of(ApiScope.READ_FIGURES), null);
        HttpResponse<String> first = get("/api/v1/figures?asOf=" + today, token);
        assertThat(first.statusCode()).isEqualTo(200);
        JsonNode figures = body(first);
        assertThat(figures.get("total").get("planned").asLong()).isPositive();
        assertThat(figures.get("groups").has("PROVINCES")).isTrue();
        String etag = first.headers().firstValue("ETag").orElseThrow();

        assertThat(get("/api/v1/figures?asOf=" + today, token, "If-None-Match", etag).statusCode()).isEqualTo(304);
    }

    @Test
    void a_token_of_one_province_reads_that_province_only() throws Exception {
        long caoBang = testTasks.agencyId("cao-bang");
        String token = issue(Set.of(ApiScope.READ_TASKS, ApiScope.READ_FIGURES), caoBang);

        JsonNode own = body(get("/api/v1/tasks?limit=50", token));
        assertThat(own.get("items").size()).isPositive();
        own.get("items").forEach(item -> assertThat(item.get("leadAgencyId").asLong()).isEqualTo(caoBang));
        HttpResponse<String> other = get("/api/v1/tasks?agency=" + testTasks.agencyId("lang-son"), token);
        assertProblem(other, 403, "chỉ được đọc dữ liệu của cơ quan, địa phương đã đăng ký");
        JsonNode figures = body(get("/api/v1/figures", token));
        figures.get("agencies").forEach(line -> assertThat(line.get("agencyId").asLong()).isEqualTo(caoBang));
    }

    @Test
    void the_tasks_at_risk_read_with_their_conditions_and_a_provinces_token_reads_its_own() throws Exception {
        long laiChau = testTasks.agencyId("lai-chau");
        long task = testTasks.assignTo("lai-chau", "Rà soát quy chế làm việc (chưa báo cáo, API)", today.minusDays(45),
                today.plusDays(55));

        JsonNode all = body(get("/api/v1/tasks/at-risk?agency=" + laiChau, issue(TASKS, null)));
        JsonNode item = null;
        for (JsonNode candidate : all) {
            if (candidate.get("id").asLong() == task) {
                item = candidate;
            }
        }
        assertThat(item).as("the task at risk is listed").isNotNull();
        assertThat(item.get("conditions").get(0).get("kind").asString()).isEqualTo("BEHIND");
        assertThat(item.get("conditions").get(0).get("elapsedPercent").asInt()).isEqualTo(45);
        String own = issue(TASKS, laiChau);
        body(get("/api/v1/tasks/at-risk", own)).forEach(line -> assertThat(line.get("agencyId").asLong()).isEqualTo(laiChau));
        assertProblem(get("/api/v1/tasks/at-risk?agency=" + testTasks.agencyId("son-la"), own), 403,
                "chỉ được đọc dữ liệu của cơ quan, địa phương đã đăng ký");
    }

    @Test
    void the_reported_figures_of_a_round_read_as_the_secretariat_accepted_them() throws Exception {
        String token = issue(Set.of(ApiScope.READ_FIGURES), null);
        JsonNode indicators = body(get("/api/v1/indicators", token));
        assertThat(indicators.size()).isPositive();
        JsonNode rounds = body(get("/api/v1/rounds", token));
        JsonNode accepted = null;
        for (JsonNode round : rounds) {
            JsonNode figures = body(get("/api/v1/rounds/" + round.get("id").asLong() + "/figures", token));
            if (figures.get("agencies").size() > 0 && figures.get("national").size() > 0) {
                accepted = figures;
                break;
            }
        }
        assertThat(accepted).as("the demo has accepted reports").isNotNull();
        assertThat(accepted.get("national").size()).isPositive();
        long agency = accepted.get("agencies").get(0).get("agencyId").asLong();
        long round = accepted.get("round").get("id").asLong();

        String own = issue(Set.of(ApiScope.READ_FIGURES), agency);
        JsonNode ownFigures = body(get("/api/v1/rounds/" + round + "/figures", own));
        assertThat(ownFigures.get("agencies").size()).isEqualTo(1);
        assertThat(ownFigures.get("agencies").get(0).get("agencyId").asLong()).isEqualTo(agency);
        assertProblem(get("/api/v1/rounds/999999999/figures", token), 404, "Không tìm thấy");
    }

    @Test
    void what_a_token_may_not_do_is_refused_as_a_problem_detail() throws Exception {
        String figuresOnly = issue(Set.of(ApiScope.READ_FIGURES), null);
        assertProblem(get("/api/v1/tasks", figuresOnly), 403, "không có quyền đọc");

        HttpResponse<String> none = http.send(HttpRequest.newBuilder(uri("/api/v1/tasks")).build(), HttpResponse.BodyHandlers.ofString());
        assertProblem(none, 401, "Thiếu khóa truy cập");
        assertThat(none.headers().firstValue("WWW-Authenticate")).contains("Bearer");
        assertProblem(get("/api/v1/tasks", "cchc_khong-phai-khoa-that"), 401, "không đúng");
        assertProblem(get("/api/v1/tasks", "' OR 1=1 --"), 401, "không đúng");

        IssuedToken revoked = SystemAuthentication.callAsSystem(() -> tokens.issue(draft(TASKS, null)));
        SystemAuthentication.runAsSystem(() -> tokens.revoke(revoked.token().id(), revoked.token().version()));
        assertProblem(get("/api/v1/tasks", revoked.secret()), 401, "đã bị thu hồi");

        IssuedToken expired = SystemAuthentication.callAsSystem(() -> tokens.issue(draft(TASKS, null)));
        jdbc.update("UPDATE api_token SET expires_on = ? WHERE id = ?", Date.valueOf(today.minusDays(1)), expired.token().id());
        assertProblem(get("/api/v1/tasks", expired.secret()), 401, "đã hết hạn");

        String token = issue(TASKS, null);
        String cursor = body(get("/api/v1/tasks?limit=2", token)).get("nextCursor").asString();
        String tampered = cursor.substring(0, cursor.indexOf('.') - 2) + "xx" + cursor.substring(cursor.indexOf('.'));
        assertProblem(get("/api/v1/tasks?limit=2&cursor=" + tampered, token), 400, "cursor");
        assertProblem(get("/api/v1/tasks?limit=2&asOf=" + today.minusDays(1) + "&cursor=" + cursor, token), 400, "cursor");
        assertProblem(get("/api/v1/tasks?limit=0", token), 400, "từ 1 đến 500");
        assertProblem(get("/api/v1/tasks?asOf=31-12-2026", token), 400, "asOf");
        assertProblem(get("/api/v1/sessions/999999999/conclusions", token), 404, "Không tìm thấy");
        assertThat(body(get("/api/v1/tasks?limit=0", token, "Accept-Language", "en")).get("detail").asString())
                .isEqualTo("Items per page must be from 1 to 500.");
    }

    @Test
    void a_token_over_its_rate_limit_is_told_when_to_come_back() throws Exception {
        String token = issue(TASKS, null);
        // the clock stands still: all the calls fall in one minute however slowly the machine makes them
        clock.stopped(() -> {
            int allowed = 0;
            HttpResponse<String> last = unchecked("/api/v1/sessions", token);
            while (last.statusCode() == 200 && allowed < 1_000) {
                allowed++;
                last = unchecked("/api/v1/sessions", token);
            }
            assertThat(allowed).as("the limit a minute").isEqualTo(600);
            assertProblem(last, 429, "Vượt giới hạn");
            long retryAfter = Long.parseLong(last.headers().firstValue("Retry-After").orElseThrow());
            assertThat(retryAfter).isBetween(1L, 60L);

            clock.advance(Duration.ofSeconds(retryAfter));
            assertThat(unchecked("/api/v1/sessions", token).statusCode()).as("back after the time it was told").isEqualTo(200);
            return null;
        });
    }

    @Test
    void every_call_is_logged_and_the_token_shows_when_it_was_last_used() throws Exception {
        IssuedToken issued = SystemAuthentication.callAsSystem(() -> tokens.issue(draft(TASKS, null)));
        get("/api/v1/sessions", issued.secret());
        get("/api/v1/figures", issued.secret());

        assertThat(jdbc.queryForList("SELECT status FROM api_call WHERE token_id = ? ORDER BY id", Integer.class, issued.token().id()))
                .containsExactly(200, 403);
        assertThat(SystemAuthentication.callAsSystem(() -> tokens.list()).stream().filter(t -> t.id() == issued.token().id())
                .findFirst().orElseThrow().lastUsedAt()).isNotNull();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM api_token WHERE token_hash LIKE ?", Long.class, issued.secret() + "%"))
                .as("the secret is not stored").isZero();
    }

    @Test
    void the_answers_match_the_openapi_document() throws Exception {
        HttpResponse<String> docs = http.send(HttpRequest.newBuilder(uri("/v3/api-docs")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(docs.statusCode()).isEqualTo(200);
        JsonNode openapi = json.readTree(docs.body());
        assertThat(names(openapi.get("paths"))).containsExactlyInAnyOrder("/api/v1/tasks", "/api/v1/figures", "/api/v1/sessions",
                "/api/v1/sessions/{id}/conclusions", "/api/v1/indicators", "/api/v1/rounds", "/api/v1/rounds/{id}/figures",
                "/api/v1/tasks/at-risk");
        JsonNode schemas = openapi.get("components").get("schemas");

        JsonNode page = body(get("/api/v1/tasks?limit=1", issue(TASKS, null)));
        assertThat(names(page)).containsExactlyInAnyOrderElementsOf(names(schemas.get("PageTaskItem").get("properties")));
        assertThat(names(page.get("items").get(0))).containsExactlyInAnyOrderElementsOf(names(schemas.get("TaskItem").get("properties")));
        JsonNode session = body(get("/api/v1/sessions", issue(TASKS, null))).get(0);
        assertThat(names(session)).containsExactlyInAnyOrderElementsOf(names(schemas.get("SessionItem").get("properties")));
        JsonNode figures = body(get("/api/v1/figures", issue(Set.of(ApiScope.READ_FIGURES), null)));
        assertThat(names(figures)).containsExactlyInAnyOrderElementsOf(names(schemas.get("FiguresBody").get("properties")));
    }

    private String status(String token, long agency, long task, LocalDate asOf) throws Exception {
        String cursor = "";
        do {
            JsonNode page = body(get("/api/v1/tasks?agency=" + agency + "&limit=500&asOf=" + asOf + "&cursor=" + cursor, token));
            for (JsonNode item : page.get("items")) {
                if (item.get("id").asLong() == task) {
                    return item.get("status").asString();
                }
            }
            cursor = page.get("nextCursor").isNull() ? "" : page.get("nextCursor").asString();
        } while (!cursor.isEmpty());
        return null;
    }

    private String issue(Set<ApiScope> scopes, Long agencyId) {
        return SystemAuthentication.callAsSystem(() -> tokens.issue(draft(scopes, agencyId))).secret();
    }

    private ApiTokenDraft draft(Set<ApiScope> scopes, Long agencyId) {
        return new ApiTokenDraft("Hệ thống thông tin báo cáo quốc gia", scopes, agencyId, today.plusMonths(6));
    }

    private HttpResponse<String> unchecked(String path, String token) {
        try {
            return get(path, token);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> get(String path, String token, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token);
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private JsonNode body(HttpResponse<String> response) {
        return json.readTree(response.body());
    }

    private void assertProblem(HttpResponse<String> response, int status, String detail) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode problem = body(response);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("detail").asString()).contains(detail);
    }

    private static Set<String> names(JsonNode node) {
        Set<String> names = new HashSet<>();
        Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator();
        fields.forEachRemaining(field -> names.add(field.getKey()));
        return names;
    }
}
