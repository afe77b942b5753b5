package vn.gov.cchc.portal.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.gov.cchc.portal.security.LoginThrottleProperties;
import vn.gov.cchc.portal.support.TestClock;

class LoginThrottleTest {

    private static final String ATTACKER = "203.0.113.7";
    private static final String OFFICE = "198.51.100.20";

    private final TestClock clock = TestClock.stoppedAt(Instant.parse("2026-11-23T02:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(new LoginThrottleProperties(3, Duration.ofSeconds(30), 10,
            Duration.ofMinutes(5), Duration.ofSeconds(1), Duration.ofMinutes(15)), new MemoryFailureCounts(), clock);

    @Test
    void the_first_failures_cost_nothing() {
        fail("vanphong", ATTACKER, 2);
        assertThat(throttle.requiredWait("vanphong", ATTACKER)).isZero();
    }

    @Test
    void each_further_failure_doubles_the_wait_for_the_account() {
        fail("vanphong", ATTACKER, 3);
        assertThat(throttle.requiredWait("vanphong", ATTACKER)).isEqualTo(Duration.ofSeconds(1));
        fail("vanphong", ATTACKER, 1);
        assertThat(throttle.requiredWait("vanphong", ATTACKER)).isEqualTo(Duration.ofSeconds(2));
        fail("vanphong", ATTACKER, 1);
        assertThat(throttle.requiredWait("vanphong", ATTACKER)).isEqualTo(Duration.ofSeconds(4));
    }

    @Test
    void the_account_delay_is_capped_so_an_attacker_cannot_lock_a_real_user_out_for_long() {
        fail("vanphong", ATTACKER, 40);
        assertThat(throttle.requiredWait("vanphong", OFFICE)).isEqualTo(Duration.ofSeconds(30));
        clock.advance(Duration.ofSeconds(30));
        assertThat(throttle.requiredWait("vanphong", OFFICE)).isZero();
    }

    @Test
    void the_wait_runs_down_with_time() {
        fail("vanphong", ATTACKER, 5);
        clock.advance(Duration.ofSeconds(3));
        assertThat(throttle.requiredWait("vanphong", ATTACKER)).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void one_address_trying_many_accounts_is_slowed_down_too() {
        for (int i = 0; i < 12; i++) {
            fail("user" + i, ATTACKER, 1);
        }
        assertThat(throttle.requiredWait("someone-else", ATTACKER)).isEqualTo(Duration.ofSeconds(4));
        assertThat(throttle.requiredWait("someone-else", OFFICE)).isZero();
    }

    @Test
    void a_successful_sign_in_clears_the_account() {
        fail("vanphong", OFFICE, 4);
        throttle.recordSuccess("vanphong");
        assertThat(throttle.requiredWait("vanphong", "192.0.2.1")).isZero();
    }

    @Test
    void old_failures_are_forgotten() {
        fail("vanphong", ATTACKER, 6);
        clock.advance(Duration.ofMinutes(16));
        fail("vanphong", ATTACKER, 1);
        assertThat(throttle.requiredWait("vanphong", ATTACKER)).isZero();
    }

    @Test
    void user_names_are_compared_ignoring_case_and_spaces() {
        fail(" VanPhong ", ATTACKER, 3);
        assertThat(throttle.requiredWait("vanphong", OFFICE)).isEqualTo(Duration.ofSeconds(1));
    }

    private void fail(String username, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.recordFailure(username, address);
        }
    }
}
