package vn.gov.cchc.portal.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file as it arrives from a user: its name as the user's computer called it, and its bytes in a temporary file on
 * disk (never whole in memory). Whoever created the temporary file deletes it; {@link FileStore} copies what it keeps.
 */
public record IncomingFile(String fileName, Path path) {

    public long size() {
        try {
            return Files.size(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    InputStream open() throws IOException {
        return Files.newInputStream(path);
    }
}
