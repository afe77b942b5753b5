package vn.gov.cchc.portal.user;

import vn.gov.cchc.portal.agency.AgencyName;
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
        AgencyName agency,
        Instant updatedAt,
        long version) {
}
