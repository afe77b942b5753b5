package vn.gov.cchc.portal.api;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param requestsPerMinute the requests one token may make per minute (then 429 with Retry-After)
 * @param cursorSecret      the key that signs paging cursors; set the same on every node (empty: a random key per
 *                          start, so cursors of a restarted single node are refused as expired)
 * @param maxPageSize       the most items one page returns
 * @param maxValidityDays   the longest a token may be valid
 */
@ConfigurationProperties("portal.api")
public record ApiSettings(@DefaultValue("600") int requestsPerMinute, @DefaultValue("") String cursorSecret,
        @DefaultValue("500") int maxPageSize, @DefaultValue("730") int maxValidityDays) {
}
