package vn.gov.cchc.portal.notification.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** At seven every morning (Vietnam time), the reminders and digests run; off with the scheduled jobs (the tests). */
@Component
@ConditionalOnProperty(name = "portal.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class MorningSchedule {

    private final DeadlineReminders reminders;

    MorningSchedule(DeadlineReminders reminders) {
        this.reminders = reminders;
    }

    @Scheduled(cron = "${portal.notifications.reminder-cron:0 0 7 * * *}", zone = "Asia/Ho_Chi_Minh")
    void sevenInTheMorning() {
        reminders.everyMorning();
    }
}
