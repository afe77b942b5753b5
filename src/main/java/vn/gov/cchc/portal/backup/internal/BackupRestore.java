package vn.gov.cchc.portal.backup.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts a backup back: checks every checksum first, then empties the database and loads the dump, then replaces
 * the file store with the backup's files (the current folder is kept aside, never deleted).
 */
public final class BackupRestore {

    private static final Logger log = LoggerFactory.getLogger(BackupRestore.class);

    private BackupRestore() {
    }

    public static void restore(BackupFolder backup, DatabaseTarget target, MariaDbClients clients, Path storeDir) {
        backup.verify();
        clients.restore(target, backup.database());
        try {
            if (Files.exists(storeDir)) {
                Path aside = storeDir.resolveSibling(storeDir.getFileName() + ".before-restore-"
                        + Instant.now().toString().replace(':', '-'));
                Files.move(storeDir, aside);
                log.info("The file store as it was is kept in {}", aside);
            }
            BackupFolder.copyTree(backup.files(), storeDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        log.info("Backup {} restored into database {} on {}:{} and file store {}", backup.dir().getFileName(),
                target.database(), target.host(), target.port(), storeDir);
    }
}
