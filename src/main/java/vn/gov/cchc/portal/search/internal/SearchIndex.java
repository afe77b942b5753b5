package vn.gov.cchc.portal.search.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.gov.cchc.portal.search.SearchHit;
import vn.gov.cchc.portal.search.SearchKind;

/** Reads the index for a query's words: the counts, and the best hits with the words marked. */
@Component
public class SearchIndex {

    private static final int SNIPPET = 220;

    private final SearchEntries entries;

    SearchIndex(SearchEntries entries) {
        this.entries = entries;
    }

    public Map<SearchKind, Long> counts(List<String> words, @Nullable Long ownAgency, boolean central) {
        return entries.counts(Words.booleanQuery(words), ownAgency, central);
    }

    public Map<SearchKind, List<SearchHit>> best(List<String> words, @Nullable Long ownAgency, boolean central, int perKind) {
        Map<SearchKind, List<SearchHit>> best = new EnumMap<>(SearchKind.class);
        for (SearchEntries.Found found : entries.best(Words.booleanQuery(words), ownAgency, central, perKind)) {
            best.computeIfAbsent(found.kind(), kind -> new java.util.ArrayList<>()).add(new SearchHit(found.kind(), found.recordId(),
                    found.parentId(), Words.mark(found.title(), words),
                    found.body() == null ? List.of() : Words.mark(Words.around(found.body(), words, SNIPPET), words)));
        }
        return best;
    }
}
