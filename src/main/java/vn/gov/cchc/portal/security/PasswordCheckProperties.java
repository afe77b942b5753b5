package vn.gov.cchc.portal.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many sign-ins may check a password hash at once (ADR 0022). A bcrypt check costs about 50 ms of one core by
 * design; when a whole ministry signs in at 8 o'clock the checks take a core each and the rest wait their turn in a
 * short queue, so that the screens of users already signed in keep the other requests' threads and cores.
 *
 * @param concurrent checks at a time; 0 means one per processor core
 * @param queue      sign-ins that may wait for a turn; one more is told at once to try again in a few seconds
 * @param maxWait    how long a waiting sign-in waits for its turn before it is told the same
 */
@ConfigurationProperties("portal.security.password-checks")
public record PasswordCheckProperties(
        @DefaultValue("0") int concurrent,
        @DefaultValue("16") int queue,
        @DefaultValue("5s") Duration maxWait) {

    /** The checks at a time this machine allows. */
    public int permits() {
        return concurrent > 0 ? concurrent : Runtime.getRuntime().availableProcessors();
    }
}
