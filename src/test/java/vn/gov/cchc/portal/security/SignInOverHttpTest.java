package vn.gov.cchc.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.gov.cchc.portal.support.IntegrationTest;
import vn.gov.cchc.portal.support.TestClock;
import vn.gov.cchc.portal.support.TestUsers;
import vn.gov.cchc.portal.user.UserSummary;

/** The sign-in form's POST, through the real filter chain: the throttle cannot be bypassed there either. */
@IntegrationTest
class SignInOverHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers testUsers;

    @Autowired
    TestClock clock;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void the_right_password_signs_in_and_a_wrong_one_returns_to_the_form_with_an_error() throws Exception {
        UserSummary member = testUsers.create(Role.COMMITTEE_MEMBER, null);

        assertThat(postLogin(member.username(), TestUsers.PASSWORD).headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
        assertThat(postLogin(member.username(), "Sai-Mat-Khau-Hoan-Toan").headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
    }

    @Test
    void after_repeated_failures_the_form_refuses_even_the_right_password_for_a_while() throws Exception {
        UserSummary officer = testUsers.create(Role.AGENCY_OFFICER, "hai-phong-2025");
        clock.stopped(() -> {
            for (int i = 0; i < 3; i++) {
                postLogin(officer.username(), "Sai-Mat-Khau-Lan-" + i);
            }
            assertThat(postLogin(officer.username(), TestUsers.PASSWORD).headers().firstValue("Location"))
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
            clock.advance(Duration.ofSeconds(31));
            assertThat(postLogin(officer.username(), TestUsers.PASSWORD).headers().firstValue("Location"))
                    .as("the wait is over").hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
            return null;
        });
    }

    @Test
    void a_user_name_typed_with_other_tone_marks_neither_signs_in_nor_slips_past_the_throttle() {
        UserSummary leader = testUsers.create(Role.AGENCY_LEADER, "ha-noi");
        String otherMarks = leader.username().replaceFirst("a", "á");
        assertThat(otherMarks).isNotEqualTo(leader.username());
        clock.stopped(() -> {
            assertThat(postLogin(otherMarks, TestUsers.PASSWORD).headers().firstValue("Location"))
                    .as("another spelling is another (unknown) user").hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
            for (int i = 0; i < 3; i++) {
                postLogin(leader.username(), "Sai-Mat-Khau-Lan-" + i);
            }
            assertThat(postLogin(otherMarks, TestUsers.PASSWORD).headers().firstValue("Location"))
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
            assertThat(postLogin(leader.username().toUpperCase(Locale.ROOT), TestUsers.PASSWORD).headers()
                    .firstValue("Location")).as("the throttle counts the account, whatever the case")
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
            return null;
        });
    }

    private HttpResponse<String> postLogin(String username, String password) {
        try {
            return post(username, password);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> post(String username, String password) throws IOException, InterruptedException {
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        return response;
    }
}
