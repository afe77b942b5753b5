package vn.gov.cchc.portal.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The portal's texts outside a screen (a mail written by a scheduled job has no UI to ask): the same bundles the
 * screens read ({@code vaadin-i18n/translations}), formatted the same way.
 */
public final class Texts {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    public static final Locale ENGLISH = Locale.ENGLISH;

    private static final Logger log = LoggerFactory.getLogger(Texts.class);
    /** The unknown language codes already reported, so that each is said once. */
    private static final Set<String> reported = ConcurrentHashMap.newKeySet();

    private Texts() {
    }

    /** Whether the portal has texts in the language of that code ("vi", "en"). */
    public static boolean supported(@Nullable String code) {
        return "vi".equals(code) || "en".equals(code);
    }

    /**
     * The language of a stored code: Vietnamese or English; any other code reads as Vietnamese, and the log says so
     * once per code.
     */
    public static Locale language(@Nullable String code) {
        if ("en".equals(code)) {
            return ENGLISH;
        }
        if (!"vi".equals(code) && reported.add(String.valueOf(code))) {
            log.warn("Language '{}' is not one the portal has; Vietnamese is used instead", code);
        }
        return VIETNAMESE;
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
