package vn.gov.cchc.portal.task.internal;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.TreeSet;
import vn.gov.cchc.portal.task.DeadlineBasis;
import vn.gov.cchc.portal.task.ReformArea;
import vn.gov.cchc.portal.task.StatusBucket;
import vn.gov.cchc.portal.task.TaskSpan;
import vn.gov.cchc.portal.task.TaskStatusEngine;

/**
 * What spans of one plan month add to (or, with sign -1, take from) the running counts: per agency and per
 * area, the change of the counters on each day one of them changes. A span's bucket can only change on its first
 * day, the day after either deadline, and its end; the bucket itself comes from the status engine.
 */
final class FigureDeltas {

    private final Map<Long, NavigableMap<LocalDate, int[]>> byAgency = new TreeMap<>();
    private final Map<ReformArea, NavigableMap<LocalDate, int[]>> byArea = new EnumMap<>(ReformArea.class);

    void add(ReformArea area, List<TaskSpan> spans, int sign) {
        for (TaskSpan span : spans) {
            add(area, span, sign);
        }
    }

    /** True when no counter changes on any day (e.g. spans replaced by the same spans). */
    boolean isEmpty() {
        return byAgency.values().stream().flatMap(changes -> changes.values().stream()).allMatch(FigureCounters::isZero);
    }

    Map<Long, NavigableMap<LocalDate, int[]>> byAgency() {
        return byAgency;
    }

    Map<ReformArea, NavigableMap<LocalDate, int[]>> byArea() {
        return byArea;
    }

    private void add(ReformArea area, TaskSpan span, int sign) {
        TreeSet<LocalDate> changes = new TreeSet<>();
        changes.add(span.from());
        for (LocalDate deadline : new LocalDate[] {span.originalDeadline(), span.effectiveDeadline()}) {
            if (deadline != null && deadline.plusDays(1).isAfter(span.from()) && span.covers(deadline.plusDays(1))) {
                changes.add(deadline.plusDays(1));
            }
        }
        int[] previous = new int[FigureCounters.SIZE];
        for (LocalDate day : changes) {
            int[] current = counters(span, day);
            post(span.agencyId(), area, day, current, previous, sign);
            previous = current;
        }
        if (span.to() != null) {
            post(span.agencyId(), area, span.to(), new int[FigureCounters.SIZE], previous, sign);
        }
    }

    private static int[] counters(TaskSpan span, LocalDate day) {
        int[] counters = new int[FigureCounters.SIZE];
        for (DeadlineBasis basis : DeadlineBasis.values()) {
            StatusBucket bucket = TaskStatusEngine.statusAsOf(List.of(span), day, basis, 0).bucket();
            if (bucket.planned()) {
                counters[FigureCounters.index(basis, bucket)] = 1;
            }
        }
        return counters;
    }

    private void post(long agencyId, ReformArea area, LocalDate day, int[] current, int[] previous, int sign) {
        int[] change = new int[FigureCounters.SIZE];
        for (int i = 0; i < change.length; i++) {
            change[i] = sign * (current[i] - previous[i]);
        }
        if (FigureCounters.isZero(change)) {
            return;
        }
        merge(byAgency.computeIfAbsent(agencyId, id -> new TreeMap<>()), day, change);
        merge(byArea.computeIfAbsent(area, a -> new TreeMap<>()), day, change);
    }

    private static void merge(NavigableMap<LocalDate, int[]> changes, LocalDate day, int[] change) {
        int[] sum = changes.computeIfAbsent(day, d -> new int[FigureCounters.SIZE]);
        for (int i = 0; i < sum.length; i++) {
            sum[i] += change[i];
        }
    }
}
