package vn.gov.cchc.portal.common.ui;

import java.util.Locale;
import java.util.Optional;

/** The language a signed-in user keeps (the user module keeps it with the account). */
public interface LanguagePreference {

    /** The signed-in user's language code as stored; empty when nobody is signed in. */
    Optional<String> stored();

    /** Keeps the signed-in user's choice (nobody signed in: nothing). */
    void keep(Locale language);
}
