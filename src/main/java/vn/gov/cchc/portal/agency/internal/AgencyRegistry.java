package vn.gov.cchc.portal.agency.internal;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.util.EnumSet;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.gov.cchc.portal.agency.AgencyKind;
import vn.gov.cchc.portal.agency.AgencySettings;
import vn.gov.cchc.portal.agency.AgencySummary;

/**
 * The whole agency registry (a few hundred rows at most, past agencies too) kept in memory for a short while: almost
 * every screen names agencies, and reading it from the database each time took 8,6 % of the portal's CPU under load
 * (ADR 0022). A change through {@link #changed()} is seen by its own transaction at once (it reads
 * the database until it ends) and by everyone after its commit; another node of a cluster sees it within the
 * expiry.
 */
@Component
public class AgencyRegistry {

    private static final String KEY = "all";

    private final AgencyRepository agencies;
    private final LoadingCache<String, List<AgencySummary>> cache;

    AgencyRegistry(AgencyRepository agencies, AgencySettings settings) {
        this.agencies = agencies;
        this.cache = Caffeine.newBuilder().expireAfterWrite(settings.registryExpiry()).build(key -> load());
    }

    /** Every agency, past ones too, by kind and Vietnamese name (the database's order). */
    public List<AgencySummary> all() {
        if (TransactionSynchronizationManager.hasResource(this)) {
            return load();
        }
        return cache.get(KEY);
    }

    /** The registry changes in the current transaction: read afresh by it, and by everyone once it ends. */
    public void changed() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            cache.invalidateAll();
            return;
        }
        if (TransactionSynchronizationManager.hasResource(this)) {
            return;
        }
        TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(AgencyRegistry.this);
                cache.invalidateAll();
            }
        });
    }

    private List<AgencySummary> load() {
        return agencies.findByKindsActiveOn(EnumSet.allOf(AgencyKind.class), null).stream()
                .map(Agency::toSummary).toList();
    }
}
