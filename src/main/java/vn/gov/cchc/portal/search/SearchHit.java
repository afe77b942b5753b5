package vn.gov.cchc.portal.search;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One result: its kind and record (and the session a part belongs to, which it opens), its title and a short text,
 * both in pieces with the words searched for marked.
 */
public record SearchHit(SearchKind kind, long recordId, @Nullable Long parentId, List<Segment> title, List<Segment> snippet) {
}
