package vn.gov.cchc.portal.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import vn.gov.cchc.portal.search.SearchKind;

/**
 * One pass over every match: how many of each kind, and each kind's best {@code perKind} — the highest score first,
 * the newest record (highest id) first among equals.
 */
final class KindCollector extends SimpleCollector {

    static final Comparator<Hit> BEST_FIRST = Comparator.comparingDouble(Hit::score).thenComparingLong(Hit::recordId).reversed();

    private final int perKind;
    private final long[] counts = new long[SearchKind.values().length];
    private final List<PriorityQueue<Hit>> best = new ArrayList<>();
    private Scorable scorer;
    private SortedDocValues kinds;
    private NumericDocValues records;
    private int[] kindOfOrd = new int[0];

    KindCollector(int perKind) {
        this.perKind = perKind;
        for (int i = 0; i < counts.length; i++) {
            best.add(new PriorityQueue<>(BEST_FIRST.reversed()));
        }
    }

    static CollectorManager<KindCollector, KindCollector> manager(int perKind) {
        return new CollectorManager<>() {
            @Override
            public KindCollector newCollector() {
                return new KindCollector(perKind);
            }

            @Override
            public KindCollector reduce(Collection<KindCollector> collectors) {
                KindCollector all = new KindCollector(perKind);
                for (KindCollector one : collectors) {
                    for (int kind = 0; kind < all.counts.length; kind++) {
                        all.counts[kind] += one.counts[kind];
                        for (Hit hit : one.best.get(kind)) {
                            all.offer(all.best.get(kind), hit);
                        }
                    }
                }
                return all;
            }
        };
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
        kinds = DocValues.getSorted(context.reader(), IndexedRecord.KIND);
        records = DocValues.getNumeric(context.reader(), IndexedRecord.RECORD);
        kindOfOrd = new int[kinds.getValueCount()];
        for (int ord = 0; ord < kindOfOrd.length; ord++) {
            kindOfOrd[ord] = SearchKind.valueOf(kinds.lookupOrd(ord).utf8ToString()).ordinal();
        }
    }

    @Override
    public void setScorer(Scorable scorer) {
        this.scorer = scorer;
    }

    @Override
    public void collect(int doc) throws IOException {
        if (!kinds.advanceExact(doc)) {
            return;
        }
        int kind = kindOfOrd[kinds.ordValue()];
        counts[kind]++;
        PriorityQueue<Hit> queue = best.get(kind);
        float score = scorer.score();
        if (queue.size() < perKind || score >= queue.peek().score()) {
            long record = records.advanceExact(doc) ? records.longValue() : 0;
            offer(queue, new Hit(score, record));
        }
    }

    private void offer(PriorityQueue<Hit> queue, Hit hit) {
        if (queue.size() < perKind) {
            queue.add(hit);
        } else if (BEST_FIRST.compare(hit, queue.peek()) < 0) {
            queue.poll();
            queue.add(hit);
        }
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE;
    }

    long count(SearchKind kind) {
        return counts[kind.ordinal()];
    }

    /** The best of a kind, best first. */
    List<Hit> best(SearchKind kind) {
        return best.get(kind.ordinal()).stream().sorted(BEST_FIRST).toList();
    }

    record Hit(float score, long recordId) {
    }
}
