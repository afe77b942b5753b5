package vn.gov.cchc.portal.security;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/** Ends every open session of a user, e.g. when an administrator disables the account. */
@Component
public class ActiveSessions {

    private final SessionRegistry sessionRegistry;

    ActiveSessions(SessionRegistry sessionRegistry) {
        this.sessionRegistry = sessionRegistry;
    }

    /** Returns how many sessions were ended; each is refused at its next request. */
    public int endAllOf(String username) {
        int ended = 0;
        for (Object principal : sessionRegistry.getAllPrincipals()) {
            if (principal instanceof UserDetails details
                    && details.getUsername().equals(username)) {
                for (SessionInformation session : sessionRegistry.getAllSessions(principal, false)) {
                    session.expireNow();
                    ended++;
                }
            }
        }
        return ended;
    }
}
