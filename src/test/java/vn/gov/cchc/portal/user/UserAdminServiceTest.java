package vn.gov.cchc.portal.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithMockUser;
import vn.gov.cchc.portal.agency.AgencyService;
import vn.gov.cchc.portal.common.ConcurrentEditException;
import vn.gov.cchc.portal.common.ValidationException;
import vn.gov.cchc.portal.security.Role;
import vn.gov.cchc.portal.security.Roles;
import vn.gov.cchc.portal.support.IntegrationTest;
import vn.gov.cchc.portal.support.TestUsers;

@IntegrationTest
@WithMockUser(roles = Roles.ADMIN)
class UserAdminServiceTest {

    @Autowired
    UserAdminService users;

    @Autowired
    AgencyService agencies;

    @Autowired
    TestUsers testUsers;

    @Autowired
    SessionRegistry sessionRegistry;

    @Autowired
    UserDetailsService userDetails;

    @Test
    void admin_creates_a_province_officer_bound_to_one_province() {
        long hanoi = agencyId("ha-noi");
        UserSummary created = users.create(new UserDraft("Officer.HaNoi.1", "Nguyễn Thị Hoa", "hoa@hanoi.gov.vn",
                EnumSet.of(Role.AGENCY_OFFICER), hanoi, "Ho-Hoan-Kiem-xanh-2026"));

        assertThat(created.username()).isEqualTo("officer.hanoi.1");
        assertThat(created.agencyId()).isEqualTo(hanoi);
        assertThat(created.agency().vi()).isEqualTo("Thành phố Hà Nội");
        assertThat(created.roles()).containsExactly(Role.AGENCY_OFFICER);
    }

    @Test
    void a_duplicate_user_name_is_refused() {
        UserSummary existing = testUsers.create(Role.SECRETARIAT, null);
        assertThatThrownBy(() -> users.create(new UserDraft(existing.username().toUpperCase(), "Người khác", null,
                EnumSet.of(Role.SECRETARIAT), null, "Mot-Mat-Khau-Rat-Dai-1")))
                .isInstanceOf(ValidationException.class)
                .hasFieldOrPropertyWithValue("messageKey", "user.validation.usernameTaken");
    }

    @Test
    void a_too_short_or_common_password_is_refused() {
        assertThatThrownBy(() -> users.create(draft("short.pw", "ngan-qua")))
                .hasFieldOrPropertyWithValue("messageKey", "password.tooShort");
        assertThatThrownBy(() -> users.create(draft("common.pw", "password1234")))
                .hasFieldOrPropertyWithValue("messageKey", "password.common");
        assertThat(users.list(new UserFilter("short.pw", null, null))).isEmpty();
    }

    @Test
    void an_agency_user_needs_exactly_one_active_agency_and_no_central_role() {
        assertThatThrownBy(() -> users.create(new UserDraft("no.agency", "Chưa có cơ quan", null,
                EnumSet.of(Role.AGENCY_LEADER), null, "Mot-Mat-Khau-Rat-Dai-1")))
                .hasFieldOrPropertyWithValue("messageKey", "user.validation.agencyRequired");
        assertThatThrownBy(() -> users.create(new UserDraft("mixed.roles", "Lẫn vai trò", null,
                EnumSet.of(Role.AGENCY_LEADER, Role.SECRETARIAT), agencyId("ha-noi"), "Mot-Mat-Khau-Rat-Dai-1")))
                .hasFieldOrPropertyWithValue("messageKey", "user.validation.mixedRoles");
        assertThatThrownBy(() -> users.create(new UserDraft("merged.province", "Tỉnh đã sáp nhập", null,
                EnumSet.of(Role.AGENCY_OFFICER), agencyId("ha-giang"), "Mot-Mat-Khau-Rat-Dai-1")))
                .hasFieldOrPropertyWithValue("messageKey", "user.validation.agencyInactive");
    }

    @Test
    void disabling_a_user_ends_their_open_sessions_and_blocks_sign_in() {
        UserSummary officer = testUsers.create(Role.AGENCY_OFFICER, "btp");
        Object principal = userDetails.loadUserByUsername(officer.username());
        sessionRegistry.registerNewSession("session-of-" + officer.username(), principal);

        users.disable(officer.id(), officer.version());

        assertThat(sessionRegistry.getSessionInformation("session-of-" + officer.username()).isExpired()).isTrue();
        assertThat(userDetails.loadUserByUsername(officer.username()).isEnabled()).isFalse();
    }

    @Test
    void a_password_reset_ends_open_sessions() {
        UserSummary member = testUsers.create(Role.COMMITTEE_MEMBER, null);
        sessionRegistry.registerNewSession("reset-" + member.username(), userDetails.loadUserByUsername(member.username()));

        users.resetPassword(member.id(), member.version(), "Mat-Khau-Moi-Hoan-Toan-9");

        assertThat(sessionRegistry.getSessionInformation("reset-" + member.username()).isExpired()).isTrue();
    }

    @Test
    void an_edit_based_on_a_stale_version_is_refused_and_the_saved_record_is_kept() {
        UserSummary user = testUsers.create(Role.SECRETARIAT, null);
        users.update(new UserChanges(user.id(), user.version(), "Tên mới", null, Set.of(Role.SECRETARIAT), null));

        assertThatThrownBy(() -> users.update(new UserChanges(user.id(), user.version(), "Tên cũ ghi đè", null,
                Set.of(Role.SECRETARIAT), null))).isInstanceOf(ConcurrentEditException.class);
        assertThat(users.get(user.id()).fullName()).isEqualTo("Tên mới");
    }

    @Test
    @WithMockUser(roles = Roles.SECRETARIAT)
    void secretariat_cannot_administer_users() {
        assertThatThrownBy(() -> users.list(UserFilter.all())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.create(draft("by.secretariat", "Mot-Mat-Khau-Rat-Dai-1")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(roles = Roles.AGENCY_LEADER)
    void agency_leader_cannot_reset_anyones_password() {
        assertThatThrownBy(() -> users.resetPassword(1, 0, "Mat-Khau-Moi-Hoan-Toan-9"))
                .isInstanceOf(AccessDeniedException.class);
    }

    private UserDraft draft(String username, String password) {
        return new UserDraft(username, "Người dùng " + username, null, EnumSet.of(Role.SECRETARIAT), null, password);
    }

    private long agencyId(String code) {
        return agencies.findByCode(code).orElseThrow().id();
    }
}
