package vn.gov.cchc.portal.user.internal;

import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.gov.cchc.portal.common.ui.LanguagePreference;
import vn.gov.cchc.portal.security.CurrentUser;
import vn.gov.cchc.portal.user.UserDirectory;

/**
 * The signed-in user's language, kept with their account and read once per session: every page load asks for it
 * (the page's {@code lang}, the UI's locale, the layout's check), so the account is read the first time only and the
 * session remembers the answer, and what the user chooses after.
 */
@Component
class AccountLanguage implements LanguagePreference {

    private static final String KEY = AccountLanguage.class.getName() + ":";

    private final UserDirectory users;
    private final CurrentUser currentUser;

    AccountLanguage(UserDirectory users, CurrentUser currentUser) {
        this.users = users;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<String> stored() {
        Optional<String> username = currentUser.username();
        if (username.isEmpty()) {
            return Optional.empty();
        }
        VaadinSession session = VaadinSession.getCurrent();
        @Nullable Object remembered = session == null ? null : session.getAttribute(KEY + username.get());
        if (remembered instanceof String code) {
            return Optional.of(code);
        }
        Optional<String> stored = users.storedLanguage();
        stored.ifPresent(code -> remember(session, username.get(), code));
        return stored;
    }

    @Override
    public void keep(Locale language) {
        currentUser.username().ifPresent(username -> remember(VaadinSession.getCurrent(), username, users.chooseLanguage(language)));
    }

    private static void remember(@Nullable VaadinSession session, String username, String code) {
        if (session != null) {
            session.lock();
            try {
                session.setAttribute(KEY + username, code);
            } finally {
                session.unlock();
            }
        }
    }
}
