package vn.gov.cchc.portal.search;

import com.vaadin.flow.router.QueryParameters;

/** Where the results page is, for the header's box and links from elsewhere: {@code search?q=…}. */
public final class SearchLinks {

    public static final String RESULTS = "search";

    private SearchLinks() {
    }

    /** The results page's parameters for a query. */
    public static QueryParameters query(String query) {
        return QueryParameters.of("q", query);
    }
}
