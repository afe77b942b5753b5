package vn.gov.cchc.portal.security;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The signed-in user. Equality is by user name (inherited), which the session registry relies on to find
 * every session of a user.
 */
public class PortalUser extends User {

    private final long id;
    private final String fullName;
    private final Long agencyId;
    private final Set<Role> roles;

    public PortalUser(long id, String username, String passwordHash, boolean enabled, String fullName,
            Long agencyId, Set<Role> roles) {
        super(username, passwordHash, enabled, true, true, true, authorities(roles));
        this.id = id;
        this.fullName = fullName;
        this.agencyId = agencyId;
        this.roles = Set.copyOf(roles);
    }

    public long id() {
        return id;
    }

    public String fullName() {
        return fullName;
    }

    /** The agency an agency user belongs to; null for central users. */
    public Long agencyId() {
        return agencyId;
    }

    public Set<Role> roles() {
        return roles;
    }

    private static Collection<GrantedAuthority> authorities(Set<Role> roles) {
        return roles.stream().map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority()))
                .collect(Collectors.toSet());
    }
}
