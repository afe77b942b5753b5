package vn.gov.cchc.portal.mail.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.gov.cchc.portal.security.SystemAuthentication;

/** Every few minutes, on one node, the replies mailbox is read; off with the scheduled jobs (the tests read by hand). */
@Component
@ConditionalOnProperty(name = "portal.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class ReplySchedule {

    private final ReplyReader reader;

    ReplySchedule(ReplyReader reader) {
        this.reader = reader;
    }

    @Scheduled(fixedDelayString = "${portal.mail.replies.interval:PT5M}", initialDelayString = "${portal.mail.replies.interval:PT5M}")
    @SchedulerLock(name = "mail-replies", lockAtMostFor = "PT10M")
    void everyFewMinutes() {
        SystemAuthentication.runAsSystem(reader::read);
    }
}
