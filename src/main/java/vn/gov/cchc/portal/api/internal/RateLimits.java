package vn.gov.cchc.portal.api.internal;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import vn.gov.cchc.portal.api.ApiSettings;

/**
 * A token bucket per API token (Bucket4j): {@code requestsPerMinute} a minute, refilled whole each minute. Kept in each
 * node's memory: behind a load balancer a token may make that many per node, which the ADR accepts.
 */
@Component
class RateLimits {

    private final Map<Long, Bucket> buckets = new ConcurrentHashMap<>();
    private final ApiSettings settings;

    RateLimits(ApiSettings settings) {
        this.settings = settings;
    }

    ConsumptionProbe take(long tokenId) {
        return buckets.computeIfAbsent(tokenId, id -> Bucket.builder()
                .addLimit(limit -> limit.capacity(settings.requestsPerMinute())
                        .refillIntervally(settings.requestsPerMinute(), Duration.ofMinutes(1)))
                .build()).tryConsumeAndReturnRemaining(1);
    }
}
