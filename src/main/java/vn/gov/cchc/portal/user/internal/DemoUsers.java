package vn.gov.cchc.portal.user.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import vn.gov.cchc.portal.agency.AgencyFilter;
import vn.gov.cchc.portal.agency.AgencyService;
import vn.gov.cchc.portal.agency.AgencySummary;
import vn.gov.cchc.portal.common.DemoPeople;
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

    record DemoUser(String username, String fullName, Set<Role> roles, String agencyCode, String password) {

        DemoUser(String username, String fullName, Role role, String agencyCode, String password) {
            this(username, fullName, EnumSet.of(role), agencyCode, password);
        }
    }

    static final List<DemoUser> USERS = List.of(
            new DemoUser("quantri", "Nguyễn Đức Thắng", Role.ADMIN, null, "CaiCach-2026-QT"),
            new DemoUser(DemoPeople.SECRETARIAT, "Trần Thị Thu Hà", Role.SECRETARIAT, null, "CaiCach-2026-VP"),
            new DemoUser(DemoPeople.SECRETARIAT_HEAD, "Đỗ Quang Thịnh", EnumSet.of(Role.SECRETARIAT, Role.SECRETARIAT_HEAD), null,
                    "CaiCach-2026-LV"),
            new DemoUser("uyvien", "Lê Minh Khôi", Role.COMMITTEE_MEMBER, null, "CaiCach-2026-UV"),
            new DemoUser("lanhdao.hanoi", "Phạm Quang Vinh", Role.AGENCY_LEADER, "ha-noi", "CaiCach-2026-LD"),
            new DemoUser("chuyenvien.hanoi", "Hoàng Thị Mai Anh", Role.AGENCY_OFFICER, "ha-noi", "CaiCach-2026-CV"),
            new DemoUser("chuyenvien.btp", "Đỗ Văn Hùng", Role.AGENCY_OFFICER, "btp", "CaiCach-2026-BTP"));

    /** The password of every other agency's demo accounts (chuyenvien.CODE, lanhdao.CODE; see the README). */
    static final String AGENCY_PASSWORD = "CaiCach-2026-DV";

    private final UserAdminService users;
    private final UserAccountRepository accounts;
    private final AgencyService agencies;
    private final PasswordEncoder passwords;
    private final JdbcTemplate jdbc;

    DemoUsers(UserAdminService users, UserAccountRepository accounts, AgencyService agencies, PasswordEncoder passwords,
            JdbcTemplate jdbc) {
        this.users = users;
        this.accounts = accounts;
        this.agencies = agencies;
        this.passwords = passwords;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemAuthentication.runAsSystem(() -> USERS.stream()
                .filter(user -> !accounts.existsByUsername(user.username()))
                .forEach(this::create));
        SystemAuthentication.runAsSystem(this::createAgencyAccounts);
    }

    /**
     * An officer and a leader for every agency of the registry (past ones too: their names stay in the history),
     * written in one batch with one password hash so that the start stays fast.
     */
    private void createAgencyAccounts() {
        String hash = null;
        List<Object[]> rows = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now());
        for (AgencySummary agency : agencies.list(AgencyFilter.all())) {
            for (Role role : List.of(Role.AGENCY_OFFICER, Role.AGENCY_LEADER)) {
                String username = role == Role.AGENCY_OFFICER ? DemoPeople.officer(agency.code()) : DemoPeople.leader(agency.code());
                if (accounts.existsByUsername(username)) {
                    continue;
                }
                hash = hash == null ? passwords.encode(AGENCY_PASSWORD) : hash;
                rows.add(new Object[] {username, DemoPeople.fullName(username), DemoPeople.email(username), hash, agency.id(), now,
                    now, agency.validTo() == null, role.name()});
            }
        }
        for (Object[] row : rows) {
            jdbc.update("INSERT INTO user_account (username, full_name, email, password_hash, agency_id, created_at, updated_at,"
                    + " enabled, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)", Arrays.copyOf(row, 8));
            jdbc.update("INSERT INTO user_account_role (user_id, role) SELECT id, ? FROM user_account WHERE username = ?",
                    row[8], row[0]);
        }
        if (!rows.isEmpty()) {
            log.info("Demo accounts created for the agencies: {}", rows.size());
        }
    }

    private void create(DemoUser user) {
        Long agencyId = user.agencyCode() == null ? null
                : agencies.findByCode(user.agencyCode()).orElseThrow().id();
        users.create(new UserDraft(user.username(), user.fullName(), DemoPeople.email(user.username()), EnumSet.copyOf(user.roles()), agencyId,
                user.password()));
        log.info("Demo user '{}' ({}) created", user.username(), user.roles());
    }
}
