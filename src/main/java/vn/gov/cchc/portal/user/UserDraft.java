package vn.gov.cchc.portal.user;

import java.util.Set;
import vn.gov.cchc.portal.security.Role;

/** What an administrator types to create a user ({@code password} is used only on creation). */
public record UserDraft(String username, String fullName, String email, Set<Role> roles, Long agencyId,
        String password) {
}
