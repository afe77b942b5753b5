package vn.gov.cchc.portal.task.internal;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import vn.gov.cchc.portal.task.Counts;
import vn.gov.cchc.portal.task.FigureCounts;
import vn.gov.cchc.portal.task.ReformArea;
import vn.gov.cchc.portal.task.StatusBucket;

/** Adds up counts per agency and per area from the parts of a period (running counts, runs of days). */
final class FigureTally {

    private final Map<Long, Counts> byAgency = new TreeMap<>();
    private final Map<ReformArea, Counts> byArea = new EnumMap<>(ReformArea.class);

    void addAgency(long agencyId, StatusBucket bucket, long count) {
        if (count != 0) {
            byAgency.merge(agencyId, Counts.ZERO.plus(bucket, count), Counts::plus);
        }
    }

    void addArea(ReformArea area, StatusBucket bucket, long count) {
        if (count != 0) {
            byArea.merge(area, Counts.ZERO.plus(bucket, count), Counts::plus);
        }
    }

    /** The counts, leaving out what added up to zero (days taken away from whole months). */
    FigureCounts toCounts() {
        byAgency.values().removeIf(counts -> counts.equals(Counts.ZERO));
        byArea.values().removeIf(counts -> counts.equals(Counts.ZERO));
        return new FigureCounts(byAgency, byArea);
    }
}
