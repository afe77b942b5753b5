package vn.gov.cchc.portal.backup.internal;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;
import vn.gov.cchc.portal.backup.BackupProperties;
import vn.gov.cchc.portal.backup.BackupSummary;
import vn.gov.cchc.portal.database.EmbeddedDatabaseProperties;
import vn.gov.cchc.portal.storage.StorageProperties;

/**
 * Takes backups into {@code portal.backup.dir}: the database with mariadb-dump (one consistent transaction) and a
 * copy of the file store, checksummed; keeps the newest {@code keep}. One at a time in this portal (and, through
 * the schedule's lock, across nodes).
 */
@Component
public class Backups {

    private static final Logger log = LoggerFactory.getLogger(Backups.class);
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss'Z'").withZone(ZoneOffset.UTC);

    private final BackupProperties properties;
    private final DataSource dataSource;
    private final EmbeddedDatabaseProperties embedded;
    private final StorageProperties storage;
    private final Clock clock;

    Backups(BackupProperties properties, DataSource dataSource, EmbeddedDatabaseProperties embedded,
            StorageProperties storage, Clock clock) {
        this.properties = properties;
        this.dataSource = dataSource;
        this.embedded = embedded;
        this.storage = storage;
        this.clock = clock;
    }

    public synchronized BackupSummary take(String takenBy) {
        Instant takenAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Path root = properties.dir().toAbsolutePath();
        String name = NAME.format(takenAt);
        Path partial = root.resolve(".partial-" + name);
        long started = System.nanoTime();
        try {
            Files.createDirectories(partial);
            BackupFolder folder = new BackupFolder(partial);
            clients().dump(target(), folder.database());
            long[] files = folder.copyFiles(storage.dir().toAbsolutePath());
            folder.writeChecksums();
            BackupSummary summary = new BackupSummary(name, takenAt, takenBy, Files.size(folder.database()),
                    (int) files[0], files[1]);
            folder.writeManifest(summary);
            Path done = root.resolve(name);
            FileSystemUtils.deleteRecursively(done); // a second backup within the same second replaces the first
            Files.move(partial, done);
            log.info("Backup {} taken by {}: database {} bytes, {} files ({} bytes), {} ms", name, takenBy,
                    summary.databaseBytes(), summary.files(), summary.filesBytes(), (System.nanoTime() - started) / 1_000_000);
            prune(root);
            return summary;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                FileSystemUtils.deleteRecursively(partial);
            } catch (IOException e) {
                log.warn("Could not remove the unfinished backup {}", partial, e);
            }
        }
    }

    public List<BackupSummary> list() {
        List<BackupSummary> summaries = new ArrayList<>();
        for (BackupFolder folder : completeFolders(properties.dir().toAbsolutePath())) {
            try {
                summaries.add(folder.summary());
            } catch (IOException | RuntimeException e) {
                log.warn("Backup folder {} is unreadable", folder.dir(), e);
            }
        }
        summaries.sort(Comparator.comparing(BackupSummary::name).reversed());
        return summaries;
    }

    /** Where this portal's database is, for the clients. */
    public DatabaseTarget target() {
        try {
            HikariDataSource hikari = dataSource.unwrap(HikariDataSource.class);
            return DatabaseTarget.of(hikari.getJdbcUrl(), hikari.getUsername(),
                    hikari.getPassword() == null ? "" : hikari.getPassword(), embedded.enabled());
        } catch (SQLException e) {
            throw new IllegalStateException("The data source is not a HikariCP pool", e);
        }
    }

    public MariaDbClients clients() {
        Path dir = properties.clientDir() != null ? properties.clientDir()
                : embedded.enabled() ? embedded.baseDir().toAbsolutePath().resolve("bin") : null;
        return new MariaDbClients(dir);
    }

    private void prune(Path root) throws IOException {
        List<BackupFolder> folders = completeFolders(root);
        folders.sort(Comparator.comparing((BackupFolder f) -> f.dir().getFileName().toString()).reversed());
        for (BackupFolder old : folders.subList(Math.min(properties.keep(), folders.size()), folders.size())) {
            log.info("Backup {} removed (keeping the newest {})", old.dir().getFileName(), properties.keep());
            FileSystemUtils.deleteRecursively(old.dir());
        }
    }

    private static List<BackupFolder> completeFolders(Path root) {
        if (!Files.isDirectory(root)) {
            return new ArrayList<>();
        }
        try (Stream<Path> children = Files.list(root)) {
            return new ArrayList<>(children.filter(Files::isDirectory)
                    .filter(dir -> !dir.getFileName().toString().startsWith("."))
                    .map(BackupFolder::new).filter(BackupFolder::complete).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
