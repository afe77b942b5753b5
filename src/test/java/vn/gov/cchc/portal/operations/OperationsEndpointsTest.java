package vn.gov.cchc.portal.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.gov.cchc.portal.support.EmbeddedDatabaseProcess;
import vn.gov.cchc.portal.support.IntegrationTest;

/** What a monitoring agent on the host reads, on the management port; users' port serves none of it. */
@IntegrationTest
class OperationsEndpointsTest {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    int port;

    @Value("${local.management.port}")
    int managementPort;

    @Test
    void readiness_liveness_and_prometheus_metrics_are_served_on_the_management_port() throws Exception {
        HttpResponse<String> readiness = get(managementPort, "/actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"status\":\"UP\"", "\"db\"", "\"storage\"");

        assertThat(get(managementPort, "/actuator/health/liveness").statusCode()).isEqualTo(200);

        HttpResponse<String> metrics = get(managementPort, "/actuator/prometheus");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("hikaricp_connections_active", "jvm_memory_used_bytes", "http_server_requests");
    }

    @Test
    void the_users_port_serves_no_operations_endpoint() throws Exception {
        for (String path : new String[] {"/actuator/prometheus", "/actuator/health", "/actuator/env"}) {
            HttpResponse<String> response = get(port, path);
            assertThat(response.body()).as(path).doesNotContain("jvm_memory", "\"status\":\"UP\"");
            assertThat(response.statusCode()).as(path).isNotEqualTo(200);
        }
    }

    @Test
    void readiness_fails_while_the_database_is_frozen_and_recovers_after() throws Exception {
        EmbeddedDatabaseProcess database = EmbeddedDatabaseProcess.ofThisJvm();
        database.freeze();
        try {
            HttpResponse<String> readiness = get(managementPort, "/actuator/health/readiness");
            assertThat(readiness.statusCode()).isEqualTo(503);
            assertThat(readiness.body()).contains("\"status\":\"DOWN\"");
        } finally {
            database.thaw();
        }
        assertThat(get(managementPort, "/actuator/health/readiness").statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> get(int targetPort, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + targetPort + path))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
