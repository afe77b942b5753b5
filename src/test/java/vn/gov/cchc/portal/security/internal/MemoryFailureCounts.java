package vn.gov.cchc.portal.security.internal;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Failure counts in a map, for the throttle's rule tested without a database. */
class MemoryFailureCounts implements FailureCounts {

    private final Map<String, Failures> counts = new TreeMap<>();

    @Override
    public @Nullable Failures get(String key) {
        return counts.get(key);
    }

    @Override
    public void increment(String key, Instant now, Instant forgottenBefore) {
        counts.merge(key, new Failures(1, now), (old, one) -> old.last().isBefore(forgottenBefore) ? one : new Failures(old.count() + 1, now));
    }

    @Override
    public void remove(String key) {
        counts.remove(key);
    }

    @Override
    public Map<String, Failures> startingWith(String prefix, Instant notBefore) {
        return counts.entrySet().stream().filter(entry -> entry.getKey().startsWith(prefix) && !entry.getValue().last().isBefore(notBefore))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Override
    public void forgetBefore(Instant instant) {
        counts.values().removeIf(failures -> failures.last().isBefore(instant));
    }
}
