package vn.gov.cchc.portal.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.springframework.stereotype.Component;
import vn.gov.cchc.portal.security.LoginThrottleProperties;
import vn.gov.cchc.portal.security.SignInLockouts;

/**
 * Counts failed sign-ins per account and per address and says how long the next attempt must wait. It never
 * sleeps a request thread: an attempt made too early is refused at once with the remaining wait. The counts are
 * kept in the database, so every node of the portal applies the same ones.
 */
@Component
class LoginThrottle implements SignInLockouts {

    private static final String ACCOUNT_PREFIX = "u:";

    private final LoginThrottleProperties properties;
    private final FailureCounts failures;
    private final Clock clock;

    LoginThrottle(LoginThrottleProperties properties, FailureCounts failures, Clock clock) {
        this.properties = properties;
        this.failures = failures;
        this.clock = clock;
    }

    Duration requiredWait(String username, String address) {
        Instant now = clock.instant();
        Duration account = wait(accountKey(username), properties.accountFreeFailures(), properties.accountMaxDelay(), now);
        Duration origin = wait(addressKey(address), properties.addressFreeFailures(), properties.addressMaxDelay(), now);
        return account.compareTo(origin) >= 0 ? account : origin;
    }

    void recordFailure(String username, String address) {
        Instant now = clock.instant();
        Instant forgotten = now.minus(properties.forgetAfter());
        failures.forgetBefore(forgotten);
        failures.increment(accountKey(username), now, forgotten);
        failures.increment(addressKey(address), now, forgotten);
    }

    void recordSuccess(String username) {
        failures.remove(accountKey(username));
    }

    @Override
    public List<Lockout> current() {
        Instant now = clock.instant();
        return failures.startingWith(ACCOUNT_PREFIX, now.minus(properties.forgetAfter())).entrySet().stream()
                .map(entry -> {
                    Duration wait = wait(entry.getKey(), properties.accountFreeFailures(), properties.accountMaxDelay(), now);
                    return wait.isZero() ? null : new Lockout(entry.getKey().substring(ACCOUNT_PREFIX.length()),
                            entry.getValue().count(), now.plus(wait));
                })
                .filter(Objects::nonNull).sorted(Comparator.comparing(Lockout::username)).toList();
    }

    private Duration wait(String key, int freeFailures, Duration maxDelay, Instant now) {
        FailureCounts.Failures entry = failures.get(key);
        if (entry == null || isForgotten(entry, now) || entry.count() < freeFailures) {
            return Duration.ZERO;
        }
        int doublings = Math.min(entry.count() - freeFailures, 30);
        Duration delay = properties.baseDelay().multipliedBy(1L << doublings);
        if (delay.compareTo(maxDelay) > 0) {
            delay = maxDelay;
        }
        Duration remaining = Duration.between(now, entry.last().plus(delay));
        return remaining.isNegative() ? Duration.ZERO : remaining;
    }

    private boolean isForgotten(FailureCounts.Failures entry, Instant now) {
        return entry.last().plus(properties.forgetAfter()).isBefore(now);
    }

    private static String accountKey(String username) {
        return ACCOUNT_PREFIX + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "a:" + address;
    }
}
