package vn.gov.cchc.portal.common;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Gathers the records a transaction changed and handles them once, just before it commits — so what is derived from
 * them (a search index entry, the early warning's counts) is written in the same transaction, from the records as
 * they are committed, and a change of hundreds of records is handled in one go. Without a transaction, at once.
 */
public final class BeforeCommit {

    private BeforeCommit() {
    }

    @SuppressWarnings("unchecked")
    public static <K> void gather(Object indexer, K key, Consumer<Set<K>> indexing) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            indexing.accept(Set.of(key));
            return;
        }
        Set<K> pending = (Set<K>) TransactionSynchronizationManager.getResource(indexer);
        if (pending == null) {
            Set<K> fresh = new LinkedHashSet<>();
            TransactionSynchronizationManager.bindResource(indexer, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    indexing.accept(fresh);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(indexer);
                }
            });
            pending = fresh;
        }
        pending.add(key);
    }
}
