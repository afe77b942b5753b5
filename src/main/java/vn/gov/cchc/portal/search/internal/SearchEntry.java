package vn.gov.cchc.portal.search.internal;

import org.jspecify.annotations.Nullable;
import vn.gov.cchc.portal.search.SearchKind;

/**
 * A row of the index: the record, the session a part belongs to, the agency whose record it is (none: everyone's),
 * whether only central readers may find it, what the results show, and the folded words it is found by.
 */
record SearchEntry(SearchKind kind, long recordId, @Nullable Long parentId, @Nullable Long agencyId, boolean centralOnly,
        String title, @Nullable String body, String words) {

    static SearchEntry of(SearchKind kind, long recordId, @Nullable Long parentId, @Nullable Long agencyId, boolean centralOnly,
            String title, @Nullable String body, String... extraWords) {
        String cutTitle = title.length() > 500 ? title.substring(0, 500) : title;
        String cutBody = body == null || body.length() <= 2000 ? body : body.substring(0, 2000);
        return new SearchEntry(kind, recordId, parentId, agencyId, centralOnly, cutTitle, cutBody,
                Words.fold(title + " " + (body == null ? "" : body) + " " + String.join(" ", extraWords)));
    }
}
