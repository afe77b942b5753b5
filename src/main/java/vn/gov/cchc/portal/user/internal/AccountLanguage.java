package vn.gov.cchc.portal.user.internal;

import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.gov.cchc.portal.common.ui.LanguagePreference;
import vn.gov.cchc.portal.security.CurrentUser;
import vn.gov.cchc.portal.user.UserDirectory;

/** The signed-in user's language, kept with their account. */
@Component
class AccountLanguage implements LanguagePreference {

    private final UserDirectory users;
    private final CurrentUser currentUser;

    AccountLanguage(UserDirectory users, CurrentUser currentUser) {
        this.users = users;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<String> stored() {
        return currentUser.username().isEmpty() ? Optional.empty() : users.storedLanguage();
    }

    @Override
    public void keep(Locale language) {
        if (currentUser.username().isPresent()) {
            users.chooseLanguage(language);
        }
    }
}
