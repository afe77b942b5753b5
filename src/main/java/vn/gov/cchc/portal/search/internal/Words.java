package vn.gov.cchc.portal.search.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gov.cchc.portal.common.TextMatch;
import vn.gov.cchc.portal.search.Segment;

/**
 * Words the way people type them: without tone marks or the bar of đ, lower case, letters and digits only ("Đắk
 * Lắk, 2025" → "dak lak 2025"). The index stores them so; a query is folded the same way, so "cai cach" finds "cải
 * cách" and nothing typed can be read as query syntax. Also marks the words of a text that a query matched.
 */
public final class Words {

    /** The shortest word searched for; shorter ones are left out of a query. */
    public static final int MIN_LENGTH = 2;
    /** The most words of a query that count. */
    public static final int MAX_WORDS = 8;
    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");

    private Words() {
    }

    public static String fold(String text) {
        return NOT_WORD.matcher(TextMatch.fold(text)).replaceAll(" ").strip();
    }

    /** The distinct words of a query that count: at least two letters, at most eight words. */
    public static List<String> ofQuery(String query) {
        return Arrays.stream(fold(query).split(" ")).filter(word -> word.length() >= MIN_LENGTH).distinct().limit(MAX_WORDS).toList();
    }

    /** The text in pieces, the words that begin with a searched word marked. */
    public static List<Segment> mark(String text, List<String> words) {
        List<Segment> segments = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        int at = 0;
        while (matcher.find()) {
            String folded = fold(matcher.group());
            if (words.stream().anyMatch(folded::startsWith)) {
                if (matcher.start() > at) {
                    segments.add(new Segment(text.substring(at, matcher.start()), false));
                }
                segments.add(new Segment(matcher.group(), true));
                at = matcher.end();
            }
        }
        if (at < text.length()) {
            segments.add(new Segment(text.substring(at), false));
        }
        return segments;
    }

    /** About {@code length} characters of the text around its first marked word. */
    public static String around(String text, List<String> words, int length) {
        if (text.length() <= length) {
            return text;
        }
        Matcher matcher = WORD.matcher(text);
        int first = 0;
        while (matcher.find()) {
            String folded = fold(matcher.group());
            if (words.stream().anyMatch(folded::startsWith)) {
                first = matcher.start();
                break;
            }
        }
        int start = Math.max(0, Math.min(first - length / 3, text.length() - length));
        int end = Math.min(text.length(), start + length);
        return (start > 0 ? "…" : "") + text.substring(start, end).strip() + (end < text.length() ? "…" : "");
    }
}
