package vn.gov.cchc.portal.agency;

import java.util.Locale;

/** An agency's name in both languages; screens show the one of the user's language. */
public record AgencyName(String vi, String en) {

    /** The name in the given language (Vietnamese unless English is asked for). */
    public String in(Locale locale) {
        return "en".equals(locale.getLanguage()) && en != null && !en.isBlank() ? en : vi;
    }
}
