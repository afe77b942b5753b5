package vn.gov.cchc.portal.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Optional;

/**
 * The embedded database's password in a file only the portal's OS user may read or write ({@code rw-------}): a
 * new one is written beside it first ({@code password.new}) and replaces it only once the server has it.
 */
final class DatabasePassword {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int LENGTH = 32;

    private final Path path;
    private final Path pending;

    DatabasePassword(Path path) {
        this.path = path;
        this.pending = path.resolveSibling(path.getFileName() + ".new");
    }

    Path path() {
        return path;
    }

    /** The password the server has, if one was set. */
    Optional<String> read() throws IOException {
        if (!Files.isRegularFile(path)) {
            return Optional.empty();
        }
        String password = Files.readString(path, StandardCharsets.US_ASCII).strip();
        return password.isEmpty() ? Optional.empty() : Optional.of(password);
    }

    /** A new random password, written to the pending file (owner only) and returned. */
    String generate() throws IOException {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        Files.deleteIfExists(pending);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(pending, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(pending);
        }
        Files.writeString(pending, password, StandardCharsets.US_ASCII);
        return password.toString();
    }

    /** The pending password is now the server's. */
    void keep() throws IOException {
        Files.move(pending, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    void delete() throws IOException {
        Files.deleteIfExists(path);
        Files.deleteIfExists(pending);
    }
}
