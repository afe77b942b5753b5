package vn.gov.cchc.portal.warning.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gov.cchc.portal.common.BeforeCommit;
import vn.gov.cchc.portal.security.SystemAuthentication;
import vn.gov.cchc.portal.task.TaskActivity;
import vn.gov.cchc.portal.task.TaskMarksChanged;
import vn.gov.cchc.portal.task.TaskTimeline;
import vn.gov.cchc.portal.task.TaskTimelineService;
import vn.gov.cchc.portal.task.TasksLoaded;
import vn.gov.cchc.portal.warning.RiskRules;
import vn.gov.cchc.portal.warning.RiskSettingsChanged;
import vn.gov.cchc.portal.warning.RiskSettingsService;

/**
 * Keeps the early warning's precomputed days in step (ADR 0026): a task's segments are computed again from its
 * history just before the transaction that changed it commits; tasks loaded in bulk, and every task when the settings
 * change, are computed a batch at a time and the counts summed once at the end.
 */
@Component
class RiskLedger {

    private static final Logger log = LoggerFactory.getLogger(RiskLedger.class);
    private static final int BATCH = 2000;

    private final TaskTimelineService timelines;
    private final RiskSettingsService settings;
    private final RiskStore store;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;

    RiskLedger(TaskTimelineService timelines, RiskSettingsService settings, RiskStore store,
            PlatformTransactionManager transactionManager, ApplicationEventPublisher events) {
        this.events = events;
        this.timelines = timelines;
        this.settings = settings;
        this.store = store;
        // each batch commits on its own, also when called after another transaction committed
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** A task's event that can change what its history says (not a reminder: the morning run sends thousands). */
    @EventListener
    void on(TaskActivity activity) {
        if (TaskTimeline.changedBy(activity.type())) {
            BeforeCommit.gather(this, activity.taskId(), this::recompute);
        }
    }

    @EventListener
    void on(TasksLoaded loaded) {
        recomputeFrom(loaded.firstId() - 1, loaded.lastId());
    }

    @TransactionalEventListener
    void on(RiskSettingsChanged changed) {
        recomputeAll();
    }

    /** Every task computed again under the settings in force, and the counts summed from them. */
    void recomputeAll() {
        long started = System.nanoTime();
        int tasks = recomputeFrom(0, Long.MAX_VALUE);
        events.publishEvent(new TaskMarksChanged());
        log.info("Early warning: {} tasks computed again in {} ms", tasks, (System.nanoTime() - started) / 1_000_000);
    }

    /** The counts were left stale by a bulk rewrite that did not finish. */
    boolean stale() {
        return store.stale();
    }

    private void recompute(Collection<Long> ids) {
        store.replace(segments(ids, rules()));
    }

    private int recomputeFrom(long afterId, long lastId) {
        transactions.executeWithoutResult(status -> store.markStale());
        RiskRules rules = rules();
        int count = 0;
        long after = afterId;
        while (true) {
            long from = after;
            List<Long> ids = SystemAuthentication.callAsSystem(() -> timelines.idsAfter(from, BATCH)).stream()
                    .filter(id -> id <= lastId).toList();
            if (ids.isEmpty()) {
                break;
            }
            transactions.executeWithoutResult(status -> store.replaceSegments(segments(ids, rules)));
            count += ids.size();
            after = ids.getLast();
        }
        transactions.executeWithoutResult(status -> store.sumPoints());
        return count;
    }

    private Map<Long, List<RiskSegment>> segments(Collection<Long> ids, RiskRules rules) {
        Map<Long, List<RiskSegment>> byTask = new HashMap<>();
        ids.forEach(id -> byTask.put(id, List.of()));
        for (TaskTimeline task : SystemAuthentication.callAsSystem(() -> timelines.of(ids))) {
            byTask.put(task.taskId(), RiskSegments.of(task, rules));
        }
        return byTask;
    }

    private RiskRules rules() {
        return SystemAuthentication.callAsSystem(settings::rules);
    }
}
