package vn.gov.cchc.portal.mail.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every few seconds, on one node (ShedLock), the outbox is sent; off with the scheduled jobs (the tests send by hand). */
@Component
@ConditionalOnProperty(name = "portal.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class OutboxSchedule {

    /** The lock one node holds while it sends the outbox. */
    static final String LOCK = "mail-outbox";

    private final OutboxSender sender;

    OutboxSchedule(OutboxSender sender) {
        this.sender = sender;
    }

    @Scheduled(fixedDelayString = "${portal.mail.send-interval:PT30S}", initialDelayString = "${portal.mail.send-interval:PT30S}")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT10M")
    void everyFewSeconds() {
        sender.sendDue();
    }
}
