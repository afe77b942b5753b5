package vn.gov.cchc.portal.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.cchc.portal.security.LoginThrottleProperties;
import vn.gov.cchc.portal.support.IntegrationTest;
import vn.gov.cchc.portal.support.TestClock;

/**
 * Two portal nodes count the same failed sign-ins: an attacker sent by the load balancer from one node to the other
 * waits just as long, and a success on either node clears the account.
 */
@IntegrationTest
class SharedSignInThrottleTest {

    private static final LoginThrottleProperties RULES = new LoginThrottleProperties(3, Duration.ofSeconds(30), 10,
            Duration.ofMinutes(5), Duration.ofSeconds(1), Duration.ofMinutes(15));

    @Autowired
    DatabaseFailureCounts counts;

    @Test
    void failures_on_one_node_make_the_other_node_wait_too() {
        TestClock clock = TestClock.stoppedAt(Instant.parse("2026-11-30T03:00:00Z"));
        LoginThrottle first = new LoginThrottle(RULES, counts, clock);
        LoginThrottle second = new LoginThrottle(RULES, counts, clock);
        String account = "hai.nut." + System.nanoTime();

        for (int i = 0; i < 3; i++) {
            first.recordFailure(account, "203.0.113.50");
        }
        second.recordFailure(account, "203.0.113.51");

        assertThat(second.requiredWait(account, "198.51.100.9")).isEqualTo(Duration.ofSeconds(2));
        assertThat(first.requiredWait(account, "198.51.100.9")).isEqualTo(Duration.ofSeconds(2));
        assertThat(first.current()).anySatisfy(lockout -> assertThat(lockout.username()).isEqualTo(account));

        second.recordSuccess(account);
        assertThat(first.requiredWait(account, "198.51.100.9")).isZero();

        clock.advance(Duration.ofMinutes(16));
        first.recordFailure(account, "203.0.113.50");
        assertThat(counts.get("u:" + account)).as("a count older than 15 minutes starts again")
                .extracting(FailureCounts.Failures::count).isEqualTo(1);
    }
}
