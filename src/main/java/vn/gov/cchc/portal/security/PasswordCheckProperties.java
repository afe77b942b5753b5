package vn.gov.cchc.portal.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many sign-ins may check a password hash at once (ADR 0022). A bcrypt check costs about 50 ms of one core by
 * design; when a whole ministry signs in at 8 o'clock the checks take a core each and the rest wait their turn in a
 * short queue, so that the screens of users already signed in keep the other requests' threads and cores.
 *
 * <p>A waiting sign-in holds one of the request threads (40, {@code server.tomcat.threads.max}): the queue keeps
 * over a third of them for the screens. Measured (ADR 0022), a thousand people signing in within three minutes on a
 * busy two-core machine: with 16 places and 5 s, 312 refused; with 24 places and 30 s, 123 (27 of 750).
 *
 * @param concurrent checks at a time; 0 means one per processor core
 * @param queue      sign-ins that may wait for a turn; one more is told at once to try again in a few seconds
 * @param maxWait    how long a waiting sign-in waits for its turn before it is told the same
 */
@ConfigurationProperties("portal.security.password-checks")
public record PasswordCheckProperties(
        @DefaultValue("0") int concurrent,
        @DefaultValue("24") int queue,
        @DefaultValue("30s") Duration maxWait) {

    /** The checks at a time this machine allows. */
    public int permits() {
        return concurrent > 0 ? concurrent : Runtime.getRuntime().availableProcessors();
    }
}
