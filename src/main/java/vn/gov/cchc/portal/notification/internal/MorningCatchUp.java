package vn.gov.cchc.portal.notification.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A portal that was down at seven still reminds people that day: once started, it runs the morning's reminders and
 * digests (they are sent once per day and key, so a second run on the same day adds nothing). Off with the
 * scheduled jobs (the tests).
 */
@Component
@ConditionalOnProperty(name = "portal.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class MorningCatchUp {

    private final DeadlineReminders reminders;

    MorningCatchUp(DeadlineReminders reminders) {
        this.reminders = reminders;
    }

    @EventListener(ApplicationReadyEvent.class)
    void afterStart() {
        Thread.ofVirtual().name("morning-catch-up").start(reminders::everyMorning);
    }
}
