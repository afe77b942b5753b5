package vn.gov.cchc.portal.security;

import java.time.Instant;
import java.util.List;

/** Accounts the sign-in throttle currently makes wait after repeated wrong passwords, for the administrator. */
public interface SignInLockouts {

    /** An account waiting: its name as typed, how many failures, and until when it must wait. */
    record Lockout(String username, int failures, Instant until) {
    }

    List<Lockout> current();
}
