package vn.gov.cchc.portal.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Progressive delay after failed sign-ins. Per account the delay is capped low, so that an attacker cannot keep
 * a real user out for long; per address it may grow longer but starts later, because a whole ministry may sign
 * in from behind one address.
 *
 * @param accountFreeFailures failures per account before any delay
 * @param accountMaxDelay     the longest delay an account can be put under
 * @param addressFreeFailures failures per address before any delay
 * @param addressMaxDelay     the longest delay an address can be put under
 * @param baseDelay           the first delay; it doubles with every further failure
 * @param forgetAfter         failures older than this are forgotten
 */
@ConfigurationProperties("portal.security.login-throttle")
public record LoginThrottleProperties(
        @DefaultValue("3") int accountFreeFailures,
        @DefaultValue("30s") Duration accountMaxDelay,
        @DefaultValue("10") int addressFreeFailures,
        @DefaultValue("5m") Duration addressMaxDelay,
        @DefaultValue("1s") Duration baseDelay,
        @DefaultValue("15m") Duration forgetAfter) {
}
