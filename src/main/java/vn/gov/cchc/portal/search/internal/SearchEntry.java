package vn.gov.cchc.portal.search.internal;

import org.jspecify.annotations.Nullable;
import vn.gov.cchc.portal.search.SearchKind;

/**
 * A row of the index: the record, the record it opens within (a session for its agenda items, an inspection for its
 * recommendations), who may find it, what the results show, and the folded words it is found by.
 */
record SearchEntry(SearchKind kind, long recordId, @Nullable Long parentId, String readers, String title, @Nullable String body,
        String words) {

    static final int TITLE_MAX = 500;
    static final int BODY_MAX = 2000;

    static SearchEntry of(SearchKind kind, long recordId, @Nullable Long parentId, Readers readers, String title,
            @Nullable String body, String... extraWords) {
        String cutTitle = title.length() > TITLE_MAX ? title.substring(0, TITLE_MAX) : title;
        String cutBody = body == null || body.length() <= BODY_MAX ? body : body.substring(0, BODY_MAX);
        return new SearchEntry(kind, recordId, parentId, readers.toString(), cutTitle, cutBody,
                Words.fold(title + " " + (body == null ? "" : body) + " " + String.join(" ", extraWords)));
    }
}
