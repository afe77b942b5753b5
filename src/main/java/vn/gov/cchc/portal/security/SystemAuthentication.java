package vn.gov.cchc.portal.security;

import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs start-up work (first administrator, demo data) and work done on the system's behalf within a person's
 * request (the search indexing what they changed) through the same secured services a person uses, as the system
 * acting with administrator rights.
 */
public final class SystemAuthentication {

    public static final String SYSTEM_USER = "system";

    private SystemAuthentication() {
    }

    public static <T> T callAsSystem(Supplier<T> work) {
        return callAs(SYSTEM_USER, List.of(Role.ADMIN, Role.SECRETARIAT), work);
    }

    /**
     * Runs work entered on behalf of a named person with the given roles (demo data typed "by" the secretariat's
     * officer), so that audit trails and histories name that person.
     */
    public static void runAs(String username, Role role, Runnable work) {
        callAs(username, List.of(role), () -> {
            work.run();
            return null;
        });
    }

    /** As {@link #runAs(String, Role, Runnable)}, for a person who holds several roles. */
    public static void runAs(String username, List<Role> roles, Runnable work) {
        callAs(username, roles, () -> {
            work.run();
            return null;
        });
    }

    private static <T> T callAs(String username, List<Role> roles, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList()));
        // Vaadin's context strategy reads the signed-in user from the current VaadinSession before the thread's own
        // context: inside a request of the UI, the work would otherwise still run as that user
        VaadinSession session = VaadinSession.getCurrent();
        VaadinSession.setCurrent(null);
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
            VaadinSession.setCurrent(session);
        }
    }

    public static void runAsSystem(Runnable work) {
        callAsSystem(() -> {
            work.run();
            return null;
        });
    }
}
