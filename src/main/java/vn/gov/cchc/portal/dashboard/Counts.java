package vn.gov.cchc.portal.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import vn.gov.cchc.portal.task.StatusBucket;

/** Planned tasks split the official way; the completion rate is done / planned, half-up to two decimals. */
public record Counts(long doneOnTime, long doneLate, long openInTime, long openOverdue) {

    public static final Counts ZERO = new Counts(0, 0, 0, 0);

    public static Counts of(Map<StatusBucket, Long> buckets) {
        Counts counts = ZERO;
        for (Map.Entry<StatusBucket, Long> bucket : buckets.entrySet()) {
            counts = counts.plus(bucket.getKey(), bucket.getValue());
        }
        return counts;
    }

    public long planned() {
        return doneOnTime + doneLate + openInTime + openOverdue;
    }

    public long done() {
        return doneOnTime + doneLate;
    }

    public long open() {
        return openInTime + openOverdue;
    }

    /** Percent, half-up to two decimals; zero when nothing is planned. */
    public BigDecimal rate() {
        if (planned() == 0) {
            return BigDecimal.ZERO;
        }
        return BigDecimal.valueOf(done()).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(planned()), 2, RoundingMode.HALF_UP);
    }

    public long of(StatusBucket bucket) {
        return switch (bucket) {
            case DONE_ON_TIME -> doneOnTime;
            case DONE_LATE -> doneLate;
            case OPEN_IN_TIME -> openInTime;
            case OPEN_OVERDUE -> openOverdue;
            case NOT_COUNTED -> 0;
        };
    }

    public Counts plus(StatusBucket bucket, long count) {
        return switch (bucket) {
            case DONE_ON_TIME -> new Counts(doneOnTime + count, doneLate, openInTime, openOverdue);
            case DONE_LATE -> new Counts(doneOnTime, doneLate + count, openInTime, openOverdue);
            case OPEN_IN_TIME -> new Counts(doneOnTime, doneLate, openInTime + count, openOverdue);
            case OPEN_OVERDUE -> new Counts(doneOnTime, doneLate, openInTime, openOverdue + count);
            case NOT_COUNTED -> this;
        };
    }

    public Counts plus(Counts other) {
        return new Counts(doneOnTime + other.doneOnTime, doneLate + other.doneLate, openInTime + other.openInTime,
                openOverdue + other.openOverdue);
    }
}
