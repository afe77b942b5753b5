package vn.gov.cchc.portal.storage.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;
import vn.gov.cchc.portal.storage.StorageProperties;

/**
 * The file store is usable when its folder exists and a file can be written and removed there (a full or
 * read-only disk fails it). Part of readiness: a portal that cannot keep uploads should not take users.
 */
@Component("storageHealthIndicator")
class FileStoreHealthIndicator implements HealthIndicator {

    private final StorageProperties properties;

    FileStoreHealthIndicator(StorageProperties properties) {
        this.properties = properties;
    }

    @Override
    public Health health() {
        Path dir = properties.dir().toAbsolutePath();
        try {
            Files.createDirectories(dir);
            Path probe = Files.createTempFile(dir, ".health-", ".probe");
            Files.delete(probe);
            return Health.up().withDetail("dir", dir.toString())
                    .withDetail("usableBytes", Files.getFileStore(dir).getUsableSpace()).build();
        } catch (IOException | RuntimeException e) {
            return Health.down().withDetail("dir", dir.toString()).withDetail("error", e.toString()).build();
        }
    }
}
