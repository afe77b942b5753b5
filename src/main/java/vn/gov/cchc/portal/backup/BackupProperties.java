package vn.gov.cchc.portal.backup;

import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled      take backups on the schedule (an administrator can always take one on demand)
 * @param dir          where backups go, one folder each
 * @param interval     time between scheduled backups: the recovery point (at most this much work is lost)
 * @param initialDelay time after start before the first scheduled backup
 * @param keep         how many backups to keep; older ones are deleted after each new one
 * @param clientDir    where mariadb-dump and mariadb are; by default the embedded MariaDB's own, or else the PATH
 */
@ConfigurationProperties("portal.backup")
public record BackupProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("data/backups") Path dir,
        @DefaultValue("PT6H") Duration interval,
        @DefaultValue("PT10M") Duration initialDelay,
        @DefaultValue("28") int keep,
        @Nullable Path clientDir) {
}
