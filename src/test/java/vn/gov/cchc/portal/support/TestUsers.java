package vn.gov.cchc.portal.support;

import java.util.EnumSet;
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

    TestUsers(UserAdminService users, AgencyService agencies) {
        this.users = users;
        this.agencies = agencies;
    }

    public UserSummary create(Role role, String agencyCode) {
        String username = "test." + role.name().toLowerCase().replace('_', '-') + "." + SEQUENCE.incrementAndGet()
                + "." + System.nanoTime() % 100_000;
        return SystemAuthentication.callAsSystem(() -> {
            Long agencyId = agencyCode == null ? null : agencies.findByCode(agencyCode).orElseThrow().id();
            return users.create(new UserDraft(username, "Người dùng thử " + username, null, EnumSet.of(role), agencyId,
                    PASSWORD));
        });
    }
}
