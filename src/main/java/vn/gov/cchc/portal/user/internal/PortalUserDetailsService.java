package vn.gov.cchc.portal.user.internal;

import java.util.Locale;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads accounts for sign-in; user names are stored and matched in lower case. */
@Service
class PortalUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;

    PortalUserDetailsService(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        String normalized = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return accounts.findByUsername(normalized)
                .map(UserAccount::toPortalUser)
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }
}
