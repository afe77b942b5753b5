package vn.gov.cchc.portal.task;

import java.math.BigDecimal;
import vn.gov.cchc.portal.common.Percent;

/**
 * Planned tasks split the official way (done on time / late, open in time / overdue), and the completion rate
 * done / planned. The one shape of these counts everywhere: dashboard, ranking, roll-ups, briefs, home page.
 */
public record Counts(long doneOnTime, long doneLate, long openInTime, long openOverdue) {

    public static final Counts ZERO = new Counts(0, 0, 0, 0);

    public long planned() {
        return doneOnTime + doneLate + openInTime + openOverdue;
    }

    public long done() {
        return doneOnTime + doneLate;
    }

    public long open() {
        return openInTime + openOverdue;
    }

    /** Done / planned in percent, by the portal's one rule ({@link Percent}). */
    public BigDecimal rate() {
        return Percent.of(done(), planned());
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
