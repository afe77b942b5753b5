package vn.gov.cchc.portal.search;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param indexDir this node's copy of the search index (a local disk; every node has its own, ADR 0020)
 * @param rebuild  build the index again from the records when the portal starts
 */
@ConfigurationProperties("portal.search")
public record SearchSettings(@DefaultValue("data/search-index") Path indexDir, @DefaultValue("false") boolean rebuild) {
}
