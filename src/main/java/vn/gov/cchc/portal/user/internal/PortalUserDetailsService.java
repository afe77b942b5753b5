package vn.gov.cchc.portal.user.internal;

import java.util.Locale;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads accounts for sign-in; user names are stored in lower case and must match exactly, case aside. */
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
        // the column's collation ignores tone marks ("lanhdáo.hanoi" would find "lanhdao.hanoi"): a user name must be
        // typed exactly, case aside, or the sign-in throttle could be walked around with other spellings
        return accounts.findByUsername(normalized)
                .filter(account -> account.getUsername().equals(normalized))
                .map(UserAccount::toPortalUser)
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }
}
