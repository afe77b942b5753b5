package vn.gov.cchc.portal.user.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.DefaultApplicationArguments;
import vn.gov.cchc.portal.common.ValidationException;
import vn.gov.cchc.portal.security.PasswordPolicy;
import vn.gov.cchc.portal.security.Role;
import vn.gov.cchc.portal.user.BootstrapProperties;
import vn.gov.cchc.portal.user.UserAdminService;
import vn.gov.cchc.portal.user.UserDraft;

class InitialAdministratorTest {

    private final UserAdminService users = mock(UserAdminService.class);

    @Test
    void on_an_empty_database_without_a_configured_password_a_strong_random_one_is_generated_each_time() {
        when(users.anyUserExists()).thenReturn(false);
        InitialAdministrator initial = new InitialAdministrator(users, new BootstrapProperties("admin", null));

        initial.run(new DefaultApplicationArguments());
        initial.run(new DefaultApplicationArguments());

        ArgumentCaptor<UserDraft> drafts = ArgumentCaptor.forClass(UserDraft.class);
        verify(users, times(2)).create(drafts.capture());
        List<UserDraft> created = drafts.getAllValues();
        assertThat(created).allSatisfy(draft -> {
            assertThat(draft.username()).isEqualTo("admin");
            assertThat(draft.roles()).containsExactly(Role.ADMIN);
            assertThat(new PasswordPolicy().violation(draft.password(), "admin")).isEmpty();
        });
        assertThat(created.get(0).password()).isNotEqualTo(created.get(1).password());
    }

    @Test
    void a_configured_password_is_used_as_given() {
        when(users.anyUserExists()).thenReturn(false);
        new InitialAdministrator(users, new BootstrapProperties("quantri.hethong", "Mat-Khau-Cau-Hinh-2026"))
                .run(new DefaultApplicationArguments());

        ArgumentCaptor<UserDraft> draft = ArgumentCaptor.forClass(UserDraft.class);
        verify(users).create(draft.capture());
        assertThat(draft.getValue().password()).isEqualTo("Mat-Khau-Cau-Hinh-2026");
        assertThat(draft.getValue().username()).isEqualTo("quantri.hethong");
    }

    @Test
    void a_configured_password_the_policy_refuses_stops_the_start_with_a_clear_message() {
        when(users.anyUserExists()).thenReturn(false);
        when(users.create(any())).thenThrow(new ValidationException("password", "password.containsUsername", 12));
        InitialAdministrator initial = new InitialAdministrator(users, new BootstrapProperties("admin", "Admin-Password-2026"));

        assertThatThrownBy(() -> initial.run(new DefaultApplicationArguments()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PORTAL_ADMIN_PASSWORD")
                .hasMessageContaining("contains the user name");
    }

    @Test
    void nothing_is_created_once_any_user_exists() {
        when(users.anyUserExists()).thenReturn(true);
        new InitialAdministrator(users, new BootstrapProperties("admin", null)).run(new DefaultApplicationArguments());
        verify(users, never()).create(any());
    }
}
