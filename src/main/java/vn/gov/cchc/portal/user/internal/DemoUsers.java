package vn.gov.cchc.portal.user.internal;

import java.util.EnumSet;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.gov.cchc.portal.agency.AgencyService;
import vn.gov.cchc.portal.security.Role;
import vn.gov.cchc.portal.security.SystemAuthentication;
import vn.gov.cchc.portal.user.UserAdminService;
import vn.gov.cchc.portal.user.UserDraft;

/** The {@code demo} profile: one user per role, with the passwords the README lists. Never in production. */
@Component
@Profile("demo")
@Order(Ordered.HIGHEST_PRECEDENCE)
class DemoUsers implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    record DemoUser(String username, String fullName, Role role, String agencyCode, String password) {
    }

    static final List<DemoUser> USERS = List.of(
            new DemoUser("quantri", "Nguyễn Văn Quản", Role.ADMIN, null, "CaiCach-2026-QT"),
            new DemoUser("vanphong", "Trần Thị Thư Ký", Role.SECRETARIAT, null, "CaiCach-2026-VP"),
            new DemoUser("uyvien", "Lê Minh Ủy Viên", Role.COMMITTEE_MEMBER, null, "CaiCach-2026-UV"),
            new DemoUser("lanhdao.hanoi", "Phạm Văn Lãnh Đạo", Role.AGENCY_LEADER, "ha-noi", "CaiCach-2026-LD"),
            new DemoUser("chuyenvien.hanoi", "Hoàng Thị Chuyên Viên", Role.AGENCY_OFFICER, "ha-noi", "CaiCach-2026-CV"),
            new DemoUser("chuyenvien.btp", "Đỗ Văn Đầu Mối", Role.AGENCY_OFFICER, "btp", "CaiCach-2026-BTP"));

    private final UserAdminService users;
    private final UserAccountRepository accounts;
    private final AgencyService agencies;

    DemoUsers(UserAdminService users, UserAccountRepository accounts, AgencyService agencies) {
        this.users = users;
        this.accounts = accounts;
        this.agencies = agencies;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemAuthentication.runAsSystem(() -> USERS.stream()
                .filter(user -> !accounts.existsByUsername(user.username()))
                .forEach(this::create));
    }

    private void create(DemoUser user) {
        Long agencyId = user.agencyCode() == null ? null
                : agencies.findByCode(user.agencyCode()).orElseThrow().id();
        users.create(new UserDraft(user.username(), user.fullName(), null, EnumSet.of(user.role()), agencyId,
                user.password()));
        log.info("Demo user '{}' ({}) created", user.username(), user.role());
    }
}
