package vn.gov.cchc.portal.backup.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * MariaDB's own command-line clients: mariadb-dump for a backup, mariadb for a restore. The password goes in the
 * environment (MYSQL_PWD), never on the command line where other users of the machine could read it.
 */
public final class MariaDbClients {

    private static final long TIMEOUT_MINUTES = 120;

    private final @Nullable Path binDir;

    /** @param binDir the folder of the binaries, or null to find them on the PATH */
    public MariaDbClients(@Nullable Path binDir) {
        this.binDir = binDir;
    }

    /** A consistent dump of one database (one transaction, InnoDB), without CREATE DATABASE, so it loads anywhere. */
    public void dump(DatabaseTarget source, Path resultFile) {
        List<String> command = connection("mariadb-dump", source);
        command.addAll(List.of("--single-transaction", "--routines", "--triggers", "--hex-blob",
                "--default-character-set=utf8mb4", "--result-file=" + resultFile, source.database()));
        run(command, source, null);
    }

    /** Empties the database (drops and creates it) and loads the dump into it. */
    public void restore(DatabaseTarget target, Path dumpFile) {
        String name = target.database().replace("`", "``");
        List<String> recreate = connection("mariadb", target);
        recreate.addAll(List.of("--default-character-set=utf8mb4", "-e",
                "DROP DATABASE IF EXISTS `" + name + "`; CREATE DATABASE `" + name
                        + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_uca1400_vietnamese_ai_ci"));
        run(recreate, target, null);
        List<String> load = connection("mariadb", target);
        load.addAll(List.of("--default-character-set=utf8mb4", target.database()));
        run(load, target, dumpFile);
    }

    private List<String> connection(String program, DatabaseTarget target) {
        List<String> command = new ArrayList<>();
        command.add(binDir == null ? program : binDir.resolve(program).toString());
        command.addAll(List.of("--host=" + target.host(), "--port=" + target.port(), "--user=" + target.username()));
        if (target.embedded()) {
            command.add("--skip-ssl"); // the embedded server runs without TLS (see EmbeddedMariaDb)
        }
        return command;
    }

    private static void run(List<String> command, DatabaseTarget target, @Nullable Path input) {
        try {
            Path errors = Files.createTempFile("mariadb-client-", ".err");
            try {
                ProcessBuilder builder = new ProcessBuilder(command).redirectError(errors.toFile())
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD);
                if (input != null) {
                    builder.redirectInput(input.toFile());
                }
                builder.environment().put("MYSQL_PWD", target.password());
                Process process = builder.start();
                if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                    process.destroyForcibly();
                    throw new IllegalStateException(command.getFirst() + " did not finish within " + TIMEOUT_MINUTES + " minutes");
                }
                if (process.exitValue() != 0) {
                    throw new IllegalStateException(command.getFirst() + " failed (exit " + process.exitValue() + "): "
                            + Files.readString(errors, StandardCharsets.UTF_8).strip());
                }
            } finally {
                Files.deleteIfExists(errors);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
