package vn.gov.cchc.portal.common;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds Vietnamese text for matching what a user types without diacritics: "dak lak" matches "Đắk Lắk".
 * Used for small in-memory lists; large tables match in the database with the same folding collation.
 */
public final class TextMatch {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private TextMatch() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    }

    public static boolean contains(String haystack, String needle) {
        return needle == null || needle.isBlank() || fold(haystack).contains(fold(needle));
    }
}
