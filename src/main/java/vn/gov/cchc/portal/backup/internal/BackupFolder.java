package vn.gov.cchc.portal.backup.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import vn.gov.cchc.portal.backup.BackupSummary;
import vn.gov.cchc.portal.common.Checksums;

/**
 * One backup on disk: {@code database.sql} (mariadb-dump), {@code files/} (the file store as it was),
 * {@code checksums.sha256} (every file, in sha256sum's format, so {@code sha256sum -c} checks it too) and
 * {@code backup.properties} (when, by whom, how much). A folder is complete once it has its final name.
 */
public final class BackupFolder {

    static final String DATABASE = "database.sql";
    static final String FILES = "files";
    static final String CHECKSUMS = "checksums.sha256";
    static final String MANIFEST = "backup.properties";

    private final Path dir;

    public BackupFolder(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    public Path database() {
        return dir.resolve(DATABASE);
    }

    public Path files() {
        return dir.resolve(FILES);
    }

    /** Copies the file store into the backup; returns how many files and bytes. */
    long[] copyFiles(Path storeDir) throws IOException {
        return copyTree(storeDir, files());
    }

    /**
     * Copies every file under {@code from} (hidden ones, such as the health check's probe, left out) to the same
     * place under {@code to}; returns how many files and bytes.
     */
    static long[] copyTree(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        long count = 0;
        long bytes = 0;
        if (Files.isDirectory(from)) {
            try (Stream<Path> paths = Files.walk(from)) {
                for (Path source : paths.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).toList()) {
                    Path target = to.resolve(from.relativize(source).toString());
                    Files.createDirectories(target.getParent());
                    Files.copy(source, target);
                    count++;
                    bytes += Files.size(target);
                }
            }
        }
        return new long[] {count, bytes};
    }

    void writeChecksums() throws IOException {
        List<String> lines = new ArrayList<>();
        for (Path file : contents()) {
            lines.add(Checksums.sha256(file) + "  " + dir.relativize(file).toString().replace('\\', '/'));
        }
        Files.write(dir.resolve(CHECKSUMS), lines, StandardCharsets.UTF_8);
    }

    /** Every file's checksum as written at backup time; throws if any differs or is missing. */
    public void verify() {
        try {
            List<String> lines = Files.readAllLines(dir.resolve(CHECKSUMS), StandardCharsets.UTF_8);
            int listed = 0;
            for (String line : lines) {
                if (line.isBlank()) {
                    continue;
                }
                String expected = line.substring(0, 64);
                Path file = dir.resolve(line.substring(66));
                if (!Files.isRegularFile(file) || !Checksums.sha256(file).equals(expected)) {
                    throw new IllegalStateException("Backup " + dir + " is damaged: " + line.substring(66) + " differs from its checksum");
                }
                listed++;
            }
            if (listed != contents().size()) {
                throw new IllegalStateException("Backup " + dir + " holds files its checksum list does not name");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void writeManifest(BackupSummary summary) throws IOException {
        Properties manifest = new Properties();
        manifest.setProperty("takenAt", summary.takenAt().toString());
        manifest.setProperty("takenBy", summary.takenBy());
        manifest.setProperty("databaseBytes", Long.toString(summary.databaseBytes()));
        manifest.setProperty("files", Integer.toString(summary.files()));
        manifest.setProperty("filesBytes", Long.toString(summary.filesBytes()));
        try (OutputStream out = Files.newOutputStream(dir.resolve(MANIFEST))) {
            manifest.store(out, "cchc-portal backup");
        }
    }

    BackupSummary summary() throws IOException {
        Properties manifest = new Properties();
        try (InputStream in = Files.newInputStream(dir.resolve(MANIFEST))) {
            manifest.load(in);
        }
        return new BackupSummary(dir.getFileName().toString(), Instant.parse(manifest.getProperty("takenAt")),
                manifest.getProperty("takenBy"), Long.parseLong(manifest.getProperty("databaseBytes")),
                Integer.parseInt(manifest.getProperty("files")), Long.parseLong(manifest.getProperty("filesBytes")));
    }

    boolean complete() {
        return Files.isRegularFile(dir.resolve(MANIFEST)) && Files.isRegularFile(dir.resolve(CHECKSUMS));
    }

    private List<Path> contents() throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            return paths.filter(Files::isRegularFile)
                    .filter(p -> !p.equals(dir.resolve(CHECKSUMS)) && !p.equals(dir.resolve(MANIFEST)))
                    .sorted(Comparator.comparing(Path::toString)).toList();
        }
    }
}
