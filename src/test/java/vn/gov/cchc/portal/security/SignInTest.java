package vn.gov.cchc.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import vn.gov.cchc.portal.support.IntegrationTest;
import vn.gov.cchc.portal.support.TestClock;
import vn.gov.cchc.portal.support.TestUsers;
import vn.gov.cchc.portal.user.UserAdminService;
import vn.gov.cchc.portal.user.UserSummary;

/** Sign-in through the application's only authentication manager, as the login form uses it. */
@IntegrationTest
class SignInTest {

    @Autowired
    AuthenticationManager authenticationManager;

    @Autowired
    TestUsers testUsers;

    @Autowired
    UserAdminService users;

    @Autowired
    TestClock clock;

    @Test
    void the_right_password_signs_in_with_roles_and_agency() {
        UserSummary leader = testUsers.create(Role.AGENCY_LEADER, "quang-ninh");
        Authentication result = signIn(leader.username(), TestUsers.PASSWORD, "192.0.2.10");

        assertThat(result.isAuthenticated()).isTrue();
        assertThat(result.getPrincipal()).isInstanceOfSatisfying(PortalUser.class, user -> {
            assertThat(user.agencyId()).isEqualTo(leader.agencyId());
            assertThat(user.roles()).containsExactly(Role.AGENCY_LEADER);
        });
    }

    @Test
    void a_wrong_password_is_refused() {
        UserSummary member = testUsers.create(Role.COMMITTEE_MEMBER, null);
        assertThatThrownBy(() -> signIn(member.username(), "Sai-Mat-Khau-Roi-123", "192.0.2.11"))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void after_repeated_failures_even_the_right_password_must_wait() {
        UserSummary secretary = testUsers.create(Role.SECRETARIAT, null);
        clock.stopped(() -> {
            for (int i = 0; i < 3; i++) {
                assertThatThrownBy(() -> signIn(secretary.username(), "Doan-Mo-Mat-Khau-", "192.0.2.12"))
                        .isInstanceOf(BadCredentialsException.class);
            }
            assertThatThrownBy(() -> signIn(secretary.username(), TestUsers.PASSWORD, "192.0.2.13"))
                    .isInstanceOfSatisfying(LoginThrottledException.class,
                            throttled -> assertThat(throttled.waitSeconds()).isBetween(1L, 30L));
            clock.advance(Duration.ofSeconds(31));
            assertThat(signIn(secretary.username(), TestUsers.PASSWORD, "192.0.2.13").isAuthenticated())
                    .as("the wait is over").isTrue();
            return null;
        });
    }

    @Test
    void a_disabled_user_cannot_sign_in() {
        UserSummary officer = testUsers.create(Role.AGENCY_OFFICER, "btp");
        SystemAuthentication.runAsSystem(() -> users.disable(officer.id(), officer.version()));
        assertThatThrownBy(() -> signIn(officer.username(), TestUsers.PASSWORD, "192.0.2.14"))
                .isInstanceOf(DisabledException.class);
    }

    private Authentication signIn(String username, String password, String address) {
        UsernamePasswordAuthenticationToken request = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        request.setDetails(new WebAuthenticationDetails(address, null));
        return authenticationManager.authenticate(request);
    }
}
