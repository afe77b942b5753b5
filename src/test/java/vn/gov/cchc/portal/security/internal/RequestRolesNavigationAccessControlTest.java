package vn.gov.cchc.portal.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.auth.DefaultAccessCheckDecisionResolver;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.gov.cchc.portal.security.Role;

class RequestRolesNavigationAccessControlTest {

    private final RequestRolesNavigationAccessControl control = new RequestRolesNavigationAccessControl(List.of(),
            new DefaultAccessCheckDecisionResolver());

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_signed_in_officer_has_exactly_the_roles_of_the_account() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "officer", null, AuthorityUtils.createAuthorityList(Role.AGENCY_OFFICER.authority())));

        Predicate<String> roles = control.getRolesChecker(null);

        assertThat(roles.test(Role.AGENCY_OFFICER.name())).isTrue();
        assertThat(roles.test(Role.AGENCY_LEADER.name())).isFalse();
        assertThat(roles.test(Role.AGENCY_OFFICER.authority())).as("the role name, not the authority").isFalse();
    }

    @Test
    void nobody_signed_in_has_no_role() {
        assertThat(control.getRolesChecker(null).test(Role.ADMIN.name())).isFalse();
    }
}
