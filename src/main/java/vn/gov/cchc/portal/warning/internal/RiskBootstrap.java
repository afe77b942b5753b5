package vn.gov.cchc.portal.warning.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start, after the demo's tasks: a database from before V33, or one whose bulk rewrite did not finish, has every
 * task's risk computed again.
 */
@Component
@Order(21)
class RiskBootstrap implements ApplicationRunner {

    private final RiskLedger ledger;

    RiskBootstrap(RiskLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (ledger.stale()) {
            ledger.recomputeAll();
        }
    }
}
