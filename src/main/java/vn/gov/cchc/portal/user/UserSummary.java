package vn.gov.cchc.portal.user;

import java.time.Instant;
import java.util.Set;
import vn.gov.cchc.portal.security.Role;

public record UserSummary(
        long id,
        String username,
        String fullName,
        String email,
        boolean enabled,
        Set<Role> roles,
        Long agencyId,
        String agencyNameVi,
        Instant updatedAt,
        long version) {
}
