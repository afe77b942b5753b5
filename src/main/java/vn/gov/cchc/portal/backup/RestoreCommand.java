package vn.gov.cchc.portal.backup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import vn.gov.cchc.portal.backup.internal.BackupFolder;
import vn.gov.cchc.portal.backup.internal.BackupRestore;
import vn.gov.cchc.portal.backup.internal.DatabaseTarget;
import vn.gov.cchc.portal.backup.internal.MariaDbClients;
import vn.gov.cchc.portal.database.EmbeddedDatabaseProperties;
import vn.gov.cchc.portal.database.EmbeddedMariaDb;

/**
 * {@code java -jar cchc-portal.jar restore <backup folder>} (or {@code scripts/run-portal.sh restore <folder>}), with
 * the portal stopped: puts the database and the uploaded files back as they were in the backup. It reads the same
 * environment as the portal: PORTAL_DATA_DIR, and for an external server PORTAL_DB_EMBEDDED=false with
 * SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME, SPRING_DATASOURCE_PASSWORD (and PORTAL_BACKUP_CLIENT_DIR if
 * mariadb is not on the PATH).
 */
public final class RestoreCommand {

    private RestoreCommand() {
    }

    public static boolean isRestore(String[] args) {
        return args.length > 0 && "restore".equals(args[0]);
    }

    public static void run(String[] args) {
        if (args.length != 2) {
            System.err.println("Usage: restore <backup folder>");
            System.exit(2);
        }
        Map<String, String> env = System.getenv();
        Path backup = Path.of(args[1]).toAbsolutePath();
        if (!Files.isDirectory(backup)) {
            System.err.println("No backup folder at " + backup);
            System.exit(2);
        }
        Path dataDir = Path.of(env.getOrDefault("PORTAL_DATA_DIR", "data"));
        boolean embedded = Boolean.parseBoolean(env.getOrDefault("PORTAL_DB_EMBEDDED", "true"));
        DatabaseTarget target;
        MariaDbClients clients;
        if (embedded) {
            EmbeddedDatabaseProperties properties = new EmbeddedDatabaseProperties(true, dataDir.resolve("mariadb/base"),
                    dataDir.resolve("mariadb/data"), "cchc", false);
            EmbeddedMariaDb mariaDb = EmbeddedMariaDb.shared(properties);
            target = DatabaseTarget.of(mariaDb.jdbcUrl(), mariaDb.username(), mariaDb.password(), true);
            clients = new MariaDbClients(properties.baseDir().toAbsolutePath().resolve("bin"));
        } else {
            target = DatabaseTarget.of(env.get("SPRING_DATASOURCE_URL"), env.getOrDefault("SPRING_DATASOURCE_USERNAME", "root"),
                    env.getOrDefault("SPRING_DATASOURCE_PASSWORD", ""), false);
            String clientDir = env.get("PORTAL_BACKUP_CLIENT_DIR");
            clients = new MariaDbClients(clientDir == null ? null : Path.of(clientDir));
        }
        BackupRestore.restore(new BackupFolder(backup), target, clients, dataDir.resolve("files").toAbsolutePath());
        System.out.println("Restored " + backup.getFileName() + " into database " + target.database() + " and "
                + dataDir.resolve("files").toAbsolutePath());
        System.exit(0);
    }
}
