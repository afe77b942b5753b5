package vn.gov.cchc.portal.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The portal's texts outside a screen (a mail written by a scheduled job has no UI to ask): the same bundles the
 * screens read ({@code vaadin-i18n/translations}), formatted the same way.
 */
public final class Texts {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private Texts() {
    }

    public static String get(Locale locale, String key, Object... arguments) {
        try {
            String pattern = ResourceBundle.getBundle("vaadin-i18n.translations", locale).getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
        } catch (MissingResourceException e) {
            return "!" + key;
        }
    }
}
