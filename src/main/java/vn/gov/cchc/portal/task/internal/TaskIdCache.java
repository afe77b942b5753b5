package vn.gov.cchc.portal.task.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import vn.gov.cchc.portal.task.TaskFilter;

/**
 * The ordered ids behind a filter, kept for a short while, so that a jump deep into a long list reads one page
 * by id instead of skipping tens of thousands of rows again. Any task change clears it; entries also expire.
 */
final class TaskIdCache {

    private static final int MAX_ENTRIES = 32;
    private static final long TTL_NANOS = 60_000_000_000L;

    private record Key(TaskFilter filter, int dueSoonDays) {
    }

    private record Cached(List<Long> ids, long createdAt) {
    }

    private final Map<Key, Cached> entries = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Cached> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    synchronized List<Long> ids(TaskFilter filter, int dueSoonDays, Supplier<List<Long>> load) {
        Key key = new Key(filter, dueSoonDays);
        Cached entry = entries.get(key);
        long now = System.nanoTime();
        if (entry == null || now - entry.createdAt() > TTL_NANOS) {
            entry = new Cached(List.copyOf(load.get()), now);
            entries.put(key, entry);
        }
        return entry.ids();
    }

    synchronized void invalidate() {
        entries.clear();
    }
}
