package vn.gov.cchc.portal.storage;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param dir         where files are kept (one file per upload, named by a random key)
 * @param maxFileSize the largest file accepted
 */
@ConfigurationProperties("portal.storage")
public record StorageProperties(@DefaultValue("data/files") Path dir, @DefaultValue("20MB") DataSize maxFileSize) {
}
