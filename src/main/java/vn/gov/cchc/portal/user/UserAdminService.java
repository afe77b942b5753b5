package vn.gov.cchc.portal.user;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.cchc.portal.agency.AgencyFilter;
import vn.gov.cchc.portal.agency.AgencyService;
import vn.gov.cchc.portal.agency.AgencySummary;
import vn.gov.cchc.portal.common.Checks;
import vn.gov.cchc.portal.common.ConcurrentEditException;
import vn.gov.cchc.portal.common.NotFoundException;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.common.TextMatch;
import vn.gov.cchc.portal.common.ValidationException;
import vn.gov.cchc.portal.security.Access;
import vn.gov.cchc.portal.security.ActiveSessions;
import vn.gov.cchc.portal.security.CurrentUser;
import vn.gov.cchc.portal.security.PasswordPolicy;
import vn.gov.cchc.portal.security.Role;
import vn.gov.cchc.portal.security.SignInLockouts;
import vn.gov.cchc.portal.user.internal.UserAccount;
import vn.gov.cchc.portal.user.internal.UserAccountRepository;

/** Account administration. Everything here is for administrators only. */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Access.ADMIN)
public class UserAdminService {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final UserAccountRepository accounts;
    private final AgencyService agencies;
    private final PasswordPolicy passwordPolicy;
    private final PasswordEncoder passwordEncoder;
    private final ActiveSessions activeSessions;
    private final CurrentUser currentUser;
    private final Clock clock;

    private final SignInLockouts lockouts;

    UserAdminService(UserAccountRepository accounts, AgencyService agencies, PasswordPolicy passwordPolicy,
            PasswordEncoder passwordEncoder, ActiveSessions activeSessions, CurrentUser currentUser,
            SignInLockouts lockouts, Clock clock) {
        this.lockouts = lockouts;
        this.accounts = accounts;
        this.agencies = agencies;
        this.passwordPolicy = passwordPolicy;
        this.passwordEncoder = passwordEncoder;
        this.activeSessions = activeSessions;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public List<UserSummary> list(UserFilter filter) {
        Map<Long, AgencySummary> agencyById = agencies.byId();
        return accounts.findAllWithRoles().stream()
                .filter(user -> filter.role() == null || user.getRoles().contains(filter.role()))
                .filter(user -> filter.enabled() == null || user.isEnabled() == filter.enabled())
                .filter(user -> TextMatch.contains(user.getUsername() + " " + user.getFullName(), filter.text()))
                .map(user -> summary(user, agencyById))
                .toList();
    }

    /** Accounts that need a look: those the sign-in throttle holds back now, and enabled ones never used. */
    public AccountsAttention attention(int limit) {
        Map<Long, AgencySummary> agencyById = agencies.byId();
        return new AccountsAttention(lockouts.current(), accounts.neverSignedIn(
                PageRequest.of(0, limit)).stream().map(user -> summary(user, agencyById)).toList(),
                accounts.countNeverSignedIn());
    }

    public UserSummary get(long id) {
        return summary(find(id), agencies.byId());
    }

    public boolean anyUserExists() {
        return accounts.count() > 0;
    }

    @Transactional
    public UserSummary create(UserDraft draft) {
        String username = normalizeUsername(draft.username());
        Checks checks = new Checks().check(USERNAME.matcher(username).matches(), "username", "user.validation.username");
        checks.check(!checks.valid("username") || !accounts.existsByUsername(username), "username",
                "user.validation.usernameTaken", username);
        describe(checks, draft.fullName(), draft.email(), draft.roles(), draft.agencyId());
        checks.throwIfAny();
        requireAcceptablePassword(draft.password(), username);
        UserAccount account = new UserAccount(username, passwordEncoder.encode(draft.password()), clock.instant());
        account.describe(draft.fullName().strip(), blankToNull(draft.email()), draft.roles(), agencyFor(draft.roles(), draft.agencyId()),
                clock.instant());
        return summary(accounts.saveAndFlush(account), agencies.byId());
    }

    @Transactional
    public UserSummary update(UserChanges changes) {
        UserAccount account = find(changes.id(), changes.version());
        Checks checks = new Checks();
        describe(checks, changes.fullName(), changes.email(), changes.roles(), changes.agencyId());
        checks.throwIfAny();
        if (account.getRoles().contains(Role.ADMIN) && !changes.roles().contains(Role.ADMIN)) {
            requireAnotherAdministrator(account);
        }
        boolean rightsChanged = !account.getRoles().equals(changes.roles())
                || !Objects.equals(account.getAgencyId(), agencyFor(changes.roles(), changes.agencyId()));
        account.describe(changes.fullName().strip(), blankToNull(changes.email()), changes.roles(),
                agencyFor(changes.roles(), changes.agencyId()), clock.instant());
        accounts.flush();
        if (rightsChanged) {
            // open sessions still carry the old authorities: sign the user out so they take effect
            activeSessions.endAllOf(account.getUsername());
        }
        return summary(account, agencies.byId());
    }

    /** Disables the account and ends every open session of it at once. */
    @Transactional
    public UserSummary disable(long id, long version) {
        UserAccount account = find(id, version);
        if (currentUser.username().filter(account.getUsername()::equals).isPresent()) {
            throw new ValidationException(null, "user.validation.cannotDisableSelf");
        }
        if (account.getRoles().contains(Role.ADMIN) && account.isEnabled()) {
            requireAnotherAdministrator(account);
        }
        account.setEnabled(false, clock.instant());
        accounts.flush();
        activeSessions.endAllOf(account.getUsername());
        return summary(account, agencies.byId());
    }

    @Transactional
    public UserSummary enable(long id, long version) {
        UserAccount account = find(id, version);
        account.setEnabled(true, clock.instant());
        accounts.flush();
        return summary(account, agencies.byId());
    }

    /** Sets a new password (the administrator hands it over) and ends the user's open sessions. */
    @Transactional
    public UserSummary resetPassword(long id, long version, String newPassword) {
        UserAccount account = find(id, version);
        requireAcceptablePassword(newPassword, account.getUsername());
        account.changePassword(passwordEncoder.encode(newPassword), clock.instant());
        accounts.flush();
        activeSessions.endAllOf(account.getUsername());
        return summary(account, agencies.byId());
    }

    /** The rules of a user's description, all collected (the limits are the columns', V2). */
    private void describe(Checks checks, String fullName, String email, Set<Role> roles, Long agencyId) {
        checks.required("fullName", fullName).maxLength("fullName", fullName, 255)
                .maxLength("email", email, 255)
                .check(email == null || email.isBlank() || EMAIL.matcher(email.strip()).matches(), "email", "user.validation.email")
                .check(roles != null && !roles.isEmpty(), "roles", "user.validation.rolesRequired");
        if (roles == null || roles.isEmpty()) {
            return;
        }
        boolean agencyRoles = Role.anyAgencyBound(roles);
        checks.check(!agencyRoles || roles.stream().allMatch(Role::agencyBound), "roles", "user.validation.mixedRoles");
        checks.check(!roles.contains(Role.SECRETARIAT_HEAD) || roles.contains(Role.SECRETARIAT), "roles",
                "user.validation.headWithoutSecretariat");
        if (agencyRoles) {
            AgencySummary agency = agencyId == null ? null : agencies.list(AgencyFilter.all()).stream()
                    .filter(candidate -> candidate.id() == agencyId).findFirst().orElse(null);
            checks.check(agency != null, "agency", "user.validation.agencyRequired");
            checks.check(agency == null || agency.activeOn(PortalTime.today(clock)), "agency", "user.validation.agencyInactive",
                    agency == null ? "" : agency.nameVi());
        }
    }

    private void requireAcceptablePassword(String password, String username) {
        passwordPolicy.violation(password, username).ifPresent(key -> {
            throw new ValidationException("password", key, PasswordPolicy.MIN_LENGTH);
        });
    }

    private void requireAnotherAdministrator(UserAccount account) {
        if (accounts.countEnabledAdministrators() <= 1 && account.isEnabled()) {
            throw new ValidationException("roles", "user.validation.lastAdministrator");
        }
    }

    private UserAccount find(long id) {
        return accounts.findById(id).orElseThrow(NotFoundException::new);
    }

    private UserAccount find(long id, long version) {
        UserAccount account = find(id);
        if (account.getVersion() != version) {
            throw new ConcurrentEditException();
        }
        return account;
    }

    private static Long agencyFor(Set<Role> roles, Long agencyId) {
        return Role.anyAgencyBound(roles) ? agencyId : null;
    }

    private static UserSummary summary(UserAccount user, Map<Long, AgencySummary> agencyById) {
        AgencySummary agency = user.getAgencyId() == null ? null : agencyById.get(user.getAgencyId());
        Set<Role> roles = user.getRoles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(user.getRoles());
        return new UserSummary(user.getId(), user.getUsername(), user.getFullName(), user.getEmail(), user.isEnabled(),
                roles, user.getAgencyId(), agency == null ? null : agency.label(), user.getUpdatedAt(), user.getVersion());
    }

    private static String normalizeUsername(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
