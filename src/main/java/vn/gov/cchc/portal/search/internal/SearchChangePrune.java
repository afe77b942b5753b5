package vn.gov.cchc.portal.search.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every night, forgets the changes of the search log older than {@value #DAYS} days (every node has read them; a
 * node stopped for longer copies the whole table when it starts).
 */
@Component
class SearchChangePrune {

    static final int DAYS = 7;
    private static final Logger log = LoggerFactory.getLogger(SearchChangePrune.class);

    private final SearchChanges changes;

    SearchChangePrune(SearchChanges changes) {
        this.changes = changes;
    }

    @Scheduled(cron = "0 40 2 * * *", zone = "Asia/Ho_Chi_Minh")
    @SchedulerLock(name = "search-change-prune", lockAtMostFor = "PT10M")
    void prune() {
        log.info("Search change log: {} changes older than {} days forgotten", changes.prune(DAYS), DAYS);
    }
}
