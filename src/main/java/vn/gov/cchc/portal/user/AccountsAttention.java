package vn.gov.cchc.portal.user;

import java.util.List;
import vn.gov.cchc.portal.security.SignInLockouts;

/** Accounts the administrator should look at: held back after wrong passwords, or never signed in (the first few). */
public record AccountsAttention(List<SignInLockouts.Lockout> lockedOut, List<UserSummary> neverSignedIn,
        long neverSignedInTotal) {
}
