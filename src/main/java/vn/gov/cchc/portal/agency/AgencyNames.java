package vn.gov.cchc.portal.agency;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.text.similarity.LevenshteinDistance;
import vn.gov.cchc.portal.common.TextMatch;

/**
 * Finds an agency by the name someone wrote in a file: "UBND tỉnh Quảng Ninh", "Quang Ninh", "TP. Hồ Chí Minh" or
 * an alias the administrator keeps ("Bộ KH&ĐT"), or the English name, among the agencies active on a date (two agencies may share a
 * name across a merge). Names compare without tone marks, case, punctuation, and without the words that only say
 * what kind of local government it is ("UBND", "tỉnh", "thành phố", "TP."). A name that matches nothing gets the
 * closest names (edit distance) as suggestions.
 */
public final class AgencyNames {

    private static final Pattern PUNCTUATION = Pattern.compile("[.,;:()\\-–/]+");
    private static final List<String> PREFIXES = List.of("ubnd ", "uy ban nhan dan ", "tinh ", "thanh pho ", "tp ");
    private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

    private record Named(String key, AgencySummary agency) {
    }

    private final List<Named> names;
    private final Map<String, List<Named>> byKey;
    private final Map<Long, AgencySummary> byId;

    /** @param aliases other names, by agency id */
    AgencyNames(List<AgencySummary> agencies, Map<Long, List<String>> aliases) {
        this.names = agencies.stream().flatMap(agency -> Stream.concat(
                        Stream.of(agency.nameVi(), agency.nameEn()), aliases.getOrDefault(agency.id(), List.of()).stream())
                .map(name -> new Named(key(name), agency)))
                .toList();
        this.byKey = names.stream().collect(Collectors.groupingBy(Named::key));
        this.byId = agencies.stream().collect(Collectors.toMap(AgencySummary::id, agency -> agency));
    }

    /** The agency with this id (any agency of the registry). */
    public AgencySummary byId(long id) {
        return byId.get(id);
    }

    /** The agency active on {@code on} that {@code written} names, if exactly one is. */
    public Optional<AgencySummary> find(String written, LocalDate on) {
        List<AgencySummary> matches = byKey.getOrDefault(key(written), List.of()).stream().map(Named::agency)
                .filter(agency -> agency.activeOn(on)).distinct().toList();
        return matches.size() == 1 ? Optional.of(matches.getFirst()) : Optional.empty();
    }

    /** Whether {@code written} names any agency, active on any date. */
    public boolean knows(String written) {
        return byKey.containsKey(key(written));
    }

    /** Up to {@code max} names of agencies active on {@code on}, the closest to {@code written} first. */
    public List<String> closest(String written, LocalDate on, int max) {
        String key = key(written);
        return names.stream().filter(named -> named.agency().activeOn(on))
                .collect(Collectors.toMap(named -> named.agency().nameVi(), named -> distance(key, named.key()), Math::min))
                .entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .limit(max).map(Map.Entry::getKey).toList();
    }

    /** Edit distance, with a name that contains the written text (or the other way round) counted as close. */
    private static int distance(String written, String candidate) {
        if (!written.isEmpty() && (candidate.contains(written) || written.contains(candidate))) {
            return Math.abs(candidate.length() - written.length()) / 4;
        }
        return DISTANCE.apply(written, candidate);
    }

    /** A name as names compare: "UBND tỉnh Bà Rịa - Vũng Tàu" and "Ba Ria Vung Tau" have the same key. */
    public static String key(String name) {
        String key = PUNCTUATION.matcher(TextMatch.fold(name)).replaceAll(" ").replaceAll("\\s+", " ").strip();
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String prefix : PREFIXES) {
                if (key.startsWith(prefix) && key.length() > prefix.length()) {
                    key = key.substring(prefix.length());
                    stripped = true;
                }
            }
        }
        return key;
    }
}
