package vn.gov.cchc.portal.task.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import vn.gov.cchc.portal.common.TextMatch;
import vn.gov.cchc.portal.task.ReformArea;

/**
 * The areas by the names a file writes them: the Vietnamese names of the template's list (or the English ones of a
 * list exported in English), tone marks and case aside. Read from the same bundles the screens use.
 */
final class AreaNames {

    private static final String BUNDLE = "vaadin-i18n.translations";

    private final Map<String, ReformArea> byName = new HashMap<>();
    private final List<String> vietnamese;

    AreaNames() {
        ResourceBundle vi = ResourceBundle.getBundle(BUNDLE, Locale.of("vi"));
        ResourceBundle en = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH);
        for (ReformArea area : ReformArea.values()) {
            byName.put(TextMatch.fold(en.getString(area.messageKey())), area);
            byName.put(TextMatch.fold(vi.getString(area.messageKey())), area);
        }
        vietnamese = Arrays.stream(ReformArea.values()).map(area -> vi.getString(area.messageKey())).toList();
    }

    Optional<ReformArea> find(String written) {
        return Optional.ofNullable(byName.get(TextMatch.fold(written)));
    }

    String vietnamese(ReformArea area) {
        return vietnamese.get(area.ordinal());
    }

    /** The names to choose from, for a message. */
    String choices() {
        return String.join("; ", vietnamese);
    }
}
