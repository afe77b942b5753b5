package vn.gov.cchc.portal.search;

import java.util.List;

/** The results of one kind: how many the user may read, and the best ones. */
public record SearchGroup(SearchKind kind, long total, List<SearchHit> hits) {
}
