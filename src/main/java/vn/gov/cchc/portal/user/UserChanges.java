package vn.gov.cchc.portal.user;

import java.util.Set;
import vn.gov.cchc.portal.security.Role;

/** An edit of an existing user; {@code version} is the version the administrator saw. */
public record UserChanges(long id, long version, String fullName, String email, Set<Role> roles, Long agencyId) {
}
