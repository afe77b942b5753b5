package vn.gov.cchc.portal.search;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.cchc.portal.common.ValidationException;
import vn.gov.cchc.portal.search.internal.Readers;
import vn.gov.cchc.portal.search.internal.SearchIndex;
import vn.gov.cchc.portal.search.internal.Words;
import vn.gov.cchc.portal.security.Access;
import vn.gov.cchc.portal.security.CurrentUser;

/**
 * Finds what the signed-in user may read: every word of the query (as a word's beginning, without tone marks, in any
 * order and case) in a record's title, text, agency or document; grouped by kind, each with its count and its best
 * {@value #PER_KIND}. An agency user finds everyone's records and their own agency's, and counts only those.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Access.AUTHENTICATED)
public class SearchService {

    public static final int PER_KIND = 10;
    /** The longest query read; a longer one is refused. */
    public static final int MAX_QUERY = 200;

    private final SearchIndex index;
    private final CurrentUser currentUser;

    SearchService(SearchIndex index, CurrentUser currentUser) {
        this.index = index;
        this.currentUser = currentUser;
    }

    public SearchResults search(String query) {
        if (query.length() > MAX_QUERY) {
            throw new ValidationException("query", "search.validation.long", MAX_QUERY);
        }
        List<String> words = Words.ofQuery(query);
        if (words.isEmpty()) {
            throw new ValidationException("query", "search.validation.short", Words.MIN_LENGTH);
        }
        return new SearchResults(query.strip(), words, index.search(words, Readers.of(currentUser), PER_KIND));
    }
}
