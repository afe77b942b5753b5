package vn.gov.cchc.portal.security.internal;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AccessCheckDecisionResolver;
import com.vaadin.flow.server.auth.NavigationAccessChecker;
import com.vaadin.flow.spring.security.SpringNavigationAccessControl;
import java.util.Collection;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.gov.cchc.portal.security.Role;

/**
 * Vaadin's check of every navigation against the view's access annotation, with the user's roles read from the
 * signed-in user's authorities (ADR 0022). Vaadin's own roles check first looks the role prefix up through its
 * service lookup, which reads every jar's {@code META-INF/services} under the class loader's lock on every
 * navigation: 2 % of the portal's CPU and over a minute of threads waiting for that lock in a run of 1.000 users.
 * The portal keeps Spring Security's default prefix ({@link Role#authority(String)}) and no role
 * hierarchy, which is what Spring Security's own {@code isUserInRole} would answer with.
 */
final class RequestRolesNavigationAccessControl extends SpringNavigationAccessControl {

    RequestRolesNavigationAccessControl(Collection<NavigationAccessChecker> checkers,
            AccessCheckDecisionResolver decisionResolver) {
        super(checkers, decisionResolver);
    }

    @Override
    protected Predicate<String> getRolesChecker(VaadinRequest request) {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (user == null) {
            return role -> false;
        }
        Set<String> granted = AuthorityUtils.authorityListToSet(user.getAuthorities());
        return role -> granted.contains(Role.authority(role));
    }
}
