package vn.gov.cchc.portal.search;

import java.util.List;

/** What a query found, grouped by kind in the order of {@link SearchKind}; the words it searched for. */
public record SearchResults(String query, List<String> words, List<SearchGroup> groups) {

    public long total() {
        return groups.stream().mapToLong(SearchGroup::total).sum();
    }
}
