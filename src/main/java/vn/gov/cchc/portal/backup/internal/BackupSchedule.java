package vn.gov.cchc.portal.backup.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.gov.cchc.portal.security.SystemAuthentication;

/** A backup every {@code portal.backup.interval}, on one node at a time. */
@Component
@ConditionalOnProperty(name = {"portal.backup.enabled", "portal.scheduling.enabled"}, havingValue = "true", matchIfMissing = true)
class BackupSchedule {

    private static final Logger log = LoggerFactory.getLogger(BackupSchedule.class);

    private final Backups backups;

    BackupSchedule(Backups backups) {
        this.backups = backups;
    }

    @Scheduled(fixedDelayString = "${portal.backup.interval:PT6H}", initialDelayString = "${portal.backup.initial-delay:PT10M}")
    @SchedulerLock(name = "backup", lockAtMostFor = "PT2H")
    void backup() {
        try {
            backups.take(SystemAuthentication.SYSTEM_USER);
        } catch (RuntimeException e) {
            log.error("The scheduled backup failed", e);
        }
    }
}
