package vn.gov.cchc.portal.task.internal;

import java.util.ArrayList;
import java.util.List;
import vn.gov.cchc.portal.task.DeadlineBasis;
import vn.gov.cchc.portal.task.StatusBucket;

/**
 * The eight counters of a running-count row: the four counted buckets against each deadline basis, in the order
 * of the columns of {@code figure_agency_point} and {@code figure_area_point}.
 */
final class FigureCounters {

    static final List<StatusBucket> BUCKETS = List.of(StatusBucket.DONE_ON_TIME, StatusBucket.DONE_LATE,
            StatusBucket.OPEN_IN_TIME, StatusBucket.OPEN_OVERDUE);
    static final int SIZE = DeadlineBasis.values().length * BUCKETS.size();
    static final List<String> COLUMNS = columns();

    private FigureCounters() {
    }

    static int index(DeadlineBasis basis, StatusBucket bucket) {
        return basis.ordinal() * BUCKETS.size() + BUCKETS.indexOf(bucket);
    }

    static String column(DeadlineBasis basis, StatusBucket bucket) {
        return COLUMNS.get(index(basis, bucket));
    }

    static boolean isZero(int[] counters) {
        for (int value : counters) {
            if (value != 0) {
                return false;
            }
        }
        return true;
    }

    private static List<String> columns() {
        List<String> columns = new ArrayList<>();
        for (DeadlineBasis basis : DeadlineBasis.values()) {
            for (StatusBucket bucket : BUCKETS) {
                columns.add((basis == DeadlineBasis.ORIGINAL ? "orig_" : "ext_") + bucket.name().toLowerCase());
            }
        }
        return List.copyOf(columns);
    }
}
