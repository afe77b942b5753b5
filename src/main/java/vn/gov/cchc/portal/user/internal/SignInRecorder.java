package vn.gov.cchc.portal.user.internal;

import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Notes when each account signs in, so that the administrator sees accounts nobody has used. */
@Component
class SignInRecorder {

    private final UserAccountRepository accounts;
    private final Clock clock;

    SignInRecorder(UserAccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void signedIn(AuthenticationSuccessEvent event) {
        accounts.recordSignIn(event.getAuthentication().getName(), clock.instant());
    }
}
