package vn.gov.cchc.portal.search.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.gov.cchc.portal.search.SearchGroup;
import vn.gov.cchc.portal.search.SearchHit;
import vn.gov.cchc.portal.search.SearchKind;
import vn.gov.cchc.portal.search.internal.SearchChanges.Key;

/** Reads the index for a query's words: per kind the count and the best hits, their words marked. */
@Component
public class SearchIndex {

    private static final int SNIPPET = 220;

    private final NodeIndex node;
    private final SearchEntries entries;

    SearchIndex(NodeIndex node, SearchEntries entries) {
        this.node = node;
        this.entries = entries;
    }

    /** The groups in the order of {@link SearchKind}, those with nothing found left out. */
    public List<SearchGroup> search(List<String> words, List<String> readers, int perKind) {
        KindCollector found = node.search(words, readers, perKind);
        List<Key> keys = new ArrayList<>();
        for (SearchKind kind : SearchKind.values()) {
            found.best(kind).forEach(hit -> keys.add(new Key(kind, hit.recordId())));
        }
        Map<Key, SearchEntries.Shown> shown = entries.shown(keys);
        List<SearchGroup> groups = new ArrayList<>();
        for (SearchKind kind : SearchKind.values()) {
            if (found.count(kind) == 0) {
                continue;
            }
            List<SearchHit> hits = new ArrayList<>();
            for (KindCollector.Hit hit : found.best(kind)) {
                SearchEntries.Shown one = shown.get(new Key(kind, hit.recordId()));
                if (one != null) {
                    hits.add(new SearchHit(kind, hit.recordId(), one.parentId(), Words.mark(one.title(), words),
                            one.body() == null ? List.of() : Words.mark(Words.around(one.body(), words, SNIPPET), words)));
                }
            }
            groups.add(new SearchGroup(kind, found.count(kind), hits));
        }
        return groups;
    }
}
