package vn.gov.cchc.portal.task.internal;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import vn.gov.cchc.portal.task.FigureCounts;
import vn.gov.cchc.portal.task.ReformArea;
import vn.gov.cchc.portal.task.StatusBucket;

/** Adds up counts per agency and per area from the parts of a period (running counts, runs of days). */
final class FigureTally {

    private final Map<Long, Map<StatusBucket, Long>> byAgency = new TreeMap<>();
    private final Map<ReformArea, Map<StatusBucket, Long>> byArea = new EnumMap<>(ReformArea.class);

    void addAgency(long agencyId, StatusBucket bucket, long count) {
        if (count != 0) {
            byAgency.computeIfAbsent(agencyId, id -> new EnumMap<>(StatusBucket.class)).merge(bucket, count, Long::sum);
        }
    }

    void addArea(ReformArea area, StatusBucket bucket, long count) {
        if (count != 0) {
            byArea.computeIfAbsent(area, a -> new EnumMap<>(StatusBucket.class)).merge(bucket, count, Long::sum);
        }
    }

    /** The counts, leaving out what added up to zero (days taken away from whole months). */
    FigureCounts toCounts() {
        byAgency.values().forEach(buckets -> buckets.values().removeIf(count -> count == 0));
        byAgency.values().removeIf(Map::isEmpty);
        byArea.values().forEach(buckets -> buckets.values().removeIf(count -> count == 0));
        byArea.values().removeIf(Map::isEmpty);
        return new FigureCounts(byAgency, byArea);
    }
}
