package vn.gov.cchc.portal.api.internal;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;
import vn.gov.cchc.portal.api.ApiSettings;

/**
 * A token bucket per API token (Bucket4j): {@code requestsPerMinute} a minute, refilled whole each minute, by the
 * portal's clock (so a test can stop it). Kept in each node's memory: behind a load balancer a token may make that
 * many per node, which the ADR accepts.
 */
@Component
class RateLimits {

    private final Map<Long, Bucket> buckets = new ConcurrentHashMap<>();
    private final ApiSettings settings;
    private final TimeMeter time;

    RateLimits(ApiSettings settings, Clock clock) {
        this.settings = settings;
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                Instant now = clock.instant();
                return TimeUnit.SECONDS.toNanos(now.getEpochSecond()) + now.getNano();
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }

    ConsumptionProbe take(long tokenId) {
        return buckets.computeIfAbsent(tokenId, id -> Bucket.builder().withCustomTimePrecision(time)
                .addLimit(limit -> limit.capacity(settings.requestsPerMinute())
                        .refillIntervally(settings.requestsPerMinute(), Duration.ofMinutes(1)))
                .build()).tryConsumeAndReturnRemaining(1);
    }
}
