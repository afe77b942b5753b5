package vn.gov.cchc.portal.task;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which number of a figure: the plan, what is done or open, or one of the four buckets of the official
 * convention. A number on screen and the list it opens are both taken from the same measure, so they agree.
 */
public enum Measure {
    PLANNED(EnumSet.of(StatusBucket.DONE_ON_TIME, StatusBucket.DONE_LATE, StatusBucket.OPEN_IN_TIME, StatusBucket.OPEN_OVERDUE)),
    DONE(EnumSet.of(StatusBucket.DONE_ON_TIME, StatusBucket.DONE_LATE)),
    DONE_ON_TIME(EnumSet.of(StatusBucket.DONE_ON_TIME)),
    DONE_LATE(EnumSet.of(StatusBucket.DONE_LATE)),
    OPEN(EnumSet.of(StatusBucket.OPEN_IN_TIME, StatusBucket.OPEN_OVERDUE)),
    OPEN_IN_TIME(EnumSet.of(StatusBucket.OPEN_IN_TIME)),
    OPEN_OVERDUE(EnumSet.of(StatusBucket.OPEN_OVERDUE));

    private final Set<StatusBucket> buckets;

    Measure(Set<StatusBucket> buckets) {
        this.buckets = buckets;
    }

    public Set<StatusBucket> buckets() {
        return EnumSet.copyOf(buckets);
    }

    /** The number this measure reads from the counts. */
    public long of(Counts counts) {
        return buckets.stream().mapToLong(counts::of).sum();
    }

    public String messageKey() {
        return "task.measure." + name();
    }
}
