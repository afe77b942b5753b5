package vn.gov.cchc.portal.task.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import vn.gov.cchc.portal.task.TaskSettings;

/**
 * The figures computed for a cut-off day and period, kept for every reader of the same question (ADR 0022): the
 * committee's dashboard and homes and every agency's own counts read the same national figures, which change only
 * when a task's spans change. Each kept figure carries the generation it was computed in; a commit that changed
 * spans starts a new generation ({@link FigurePoints}), so that no figure computed before it is given again, and the
 * transaction making the change computes its own. Another node's changes are seen within
 * {@link TaskSettings#figuresKept()}.
 */
@Component
public class FigureCache {

    private final AtomicLong generation = new AtomicLong();
    private final Cache<Object, Kept> kept;

    FigureCache(TaskSettings settings) {
        this.kept = Caffeine.newBuilder().expireAfterWrite(settings.figuresKept()).maximumSize(1_000).build();
    }

    /** The figure of {@code question}, kept or computed now; computed without keeping when {@code fresh}. */
    <T> T get(Object question, boolean fresh, Supplier<T> compute) {
        if (fresh) {
            return compute.get();
        }
        long current = generation.get();
        Kept figure = kept.getIfPresent(question);
        if (figure != null && figure.generation() == current) {
            @SuppressWarnings("unchecked")
            T value = (T) figure.value();
            return value;
        }
        T value = compute.get();
        kept.put(question, new Kept(current, value));
        return value;
    }

    /** Spans changed and committed: nothing kept before is given again. */
    void changed() {
        generation.incrementAndGet();
    }

    /** Forgets every kept figure (the benchmarks measure the computation). */
    public void invalidate() {
        changed();
        kept.invalidateAll();
    }

    private record Kept(long generation, Object value) {
    }
}
