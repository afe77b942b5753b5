package vn.gov.cchc.portal.support;

import java.util.EnumSet;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;
import vn.gov.cchc.portal.agency.AgencyService;
import vn.gov.cchc.portal.security.Role;
import vn.gov.cchc.portal.security.SystemAuthentication;
import vn.gov.cchc.portal.user.UserAdminService;
import vn.gov.cchc.portal.user.UserDraft;
import vn.gov.cchc.portal.user.UserSummary;

/** Creates users with unique names for a test, through the real service. */
@Component
public class TestUsers {

    public static final String PASSWORD = "Mat-Khau-Thu-Nghiem-42";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final UserAdminService users;
    private final AgencyService agencies;
    private final UserDetailsService userDetails;

    TestUsers(UserAdminService users, AgencyService agencies, UserDetailsService userDetails) {
        this.users = users;
        this.agencies = agencies;
        this.userDetails = userDetails;
    }

    /** Runs the work signed in as the user, with their real principal (roles and agency). */
    public <T> T callAs(UserSummary user, Supplier<T> work) {
        return callAs(user.username(), work);
    }

    /** Runs the work signed in as an existing account (a demo user), with its real principal. */
    public <T> T callAs(String username, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        UserDetails principal = userDetails.loadUserByUsername(username);
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public void runAs(UserSummary user, Runnable work) {
        callAs(user, () -> {
            work.run();
            return null;
        });
    }

    /** A new enabled user of the role (of the agency, for an agency role), without an e-mail address. */
    public UserSummary create(Role role, String agencyCode) {
        return create(role, agencyCode, null);
    }

    /** A new head of the secretariat (who holds the secretariat's role too): approves and issues documents. */
    public UserSummary createHead() {
        String username = "test.head." + SEQUENCE.incrementAndGet() + "." + System.nanoTime() % 100_000;
        return SystemAuthentication.callAsSystem(() -> users.create(new UserDraft(username, "Lãnh đạo thử " + username, null,
                EnumSet.of(Role.SECRETARIAT, Role.SECRETARIAT_HEAD), null, PASSWORD)));
    }

    /** A new enabled user of the role with that e-mail address. */
    public UserSummary create(Role role, String agencyCode, String email) {
        String username = "test." + role.name().toLowerCase().replace('_', '-') + "." + SEQUENCE.incrementAndGet()
                + "." + System.nanoTime() % 100_000;
        return SystemAuthentication.callAsSystem(() -> {
            Long agencyId = agencyCode == null ? null : agencies.findByCode(agencyCode).orElseThrow().id();
            return users.create(new UserDraft(username, "Người dùng thử " + username, email, EnumSet.of(role), agencyId,
                    PASSWORD));
        });
    }
}
