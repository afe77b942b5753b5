package vn.gov.cchc.portal.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** Too many failed sign-ins: the attempt was refused without checking the password. */
public class LoginThrottledException extends AuthenticationException {

    private final Duration wait;

    public LoginThrottledException(Duration wait) {
        super("Too many failed sign-in attempts; retry in " + wait.toSeconds() + " s");
        this.wait = wait;
    }

    /** Whole seconds to wait, at least one. */
    public long waitSeconds() {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
