package vn.gov.cchc.portal.security;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is signed in, for services and views. */
@Component
public class CurrentUser {

    public Optional<Authentication> authentication() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.of(authentication);
    }

    public Optional<PortalUser> portalUser() {
        return authentication().map(Authentication::getPrincipal)
                .filter(PortalUser.class::isInstance).map(PortalUser.class::cast);
    }

    public Optional<String> username() {
        return authentication().map(Authentication::getName);
    }

    public Set<Role> roles() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        authentication().ifPresent(auth -> {
            for (GrantedAuthority authority : auth.getAuthorities()) {
                for (Role role : Role.values()) {
                    if (role.authority().equals(authority.getAuthority())) {
                        roles.add(role);
                    }
                }
            }
        });
        return roles;
    }

    public boolean has(Role role) {
        return roles().contains(role);
    }

    /** The secretariat and administrators: they manage sessions, tasks and briefs. */
    public boolean isSecretariatOrAdmin() {
        return has(Role.SECRETARIAT) || has(Role.ADMIN);
    }

    /** The central roles, who read every agency's data: administrators, the secretariat, committee members. */
    public boolean isCentralReader() {
        return isSecretariatOrAdmin() || has(Role.COMMITTEE_MEMBER);
    }

    public String displayName() {
        return portalUser().map(PortalUser::fullName).orElseGet(() -> username().orElse(""));
    }
}
