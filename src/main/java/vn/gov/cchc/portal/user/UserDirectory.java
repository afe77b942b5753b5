package vn.gov.cchc.portal.user;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.security.access.prepost.PreAuthorize;
import vn.gov.cchc.portal.security.Access;
import vn.gov.cchc.portal.security.Role;
import vn.gov.cchc.portal.user.internal.UserAccountRepository;

/** Who to tell: the enabled users of an agency, or of a central role (for notifications); whether an account exists. */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Access.AUTHENTICATED)
public class UserDirectory {

    private final UserAccountRepository accounts;

    UserDirectory(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    public List<String> usernamesOfAgency(long agencyId) {
        return accounts.findEnabledUsernamesOfAgency(agencyId);
    }

    /** Whether an account of that name exists (an inspection team member named as a portal user). */
    public boolean exists(String username) {
        return accounts.existsByUsername(username);
    }

    /** The e-mail address of each enabled user of those named who has one. */
    public java.util.Map<String, String> emails(java.util.Collection<String> usernames) {
        java.util.Map<String, String> emails = new java.util.HashMap<>();
        if (!usernames.isEmpty()) {
            accounts.findEnabledEmails(usernames).forEach(row -> emails.put((String) row[0], (String) row[1]));
        }
        return emails;
    }

    public List<String> usernamesWithRole(Role role) {
        return accounts.findEnabledUsernamesWithRole(role);
    }
}
