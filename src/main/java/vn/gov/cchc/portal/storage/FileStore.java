package vn.gov.cchc.portal.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.gov.cchc.portal.common.Checksums;
import vn.gov.cchc.portal.common.FileContent;
import vn.gov.cchc.portal.common.NotFoundException;

/**
 * Keeps files on disk under random keys (never under the user's file name), checks them on the way in and
 * verifies the checksum on the way out. Callers check access before they call.
 */
@Component
public class FileStore {

    private static final Pattern KEY = Pattern.compile("[0-9a-f]{2}/[0-9a-f-]{36}");

    private final StorageProperties properties;
    private final FileInspector inspector;

    public FileStore(StorageProperties properties, FileInspector inspector) {
        this.properties = properties;
        this.inspector = inspector;
    }

    /**
     * Checks and writes the file; the result is what the row listing it keeps. Inside a transaction, the file is
     * removed again if the transaction rolls back, so that a refused save never leaves an orphan behind.
     */
    public StoredFile store(IncomingFile file, String uploadedBy, Instant uploadedAt) {
        FileKind kind = inspector.inspect(file);
        UUID id = UUID.randomUUID();
        String key = id.toString().substring(0, 2) + "/" + id;
        Path target = resolve(key);
        try {
            Files.createDirectories(target.getParent());
            Files.copy(file.path(), target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status == STATUS_ROLLED_BACK) {
                        delete(key);
                    }
                }
            });
        }
        return new StoredFile(displayName(file.fileName()), kind, file.size(), Checksums.sha256(target), key, uploadedBy, uploadedAt);
    }

    /** The name to list a file under: the user's name without any path. */
    private static String displayName(String fileName) {
        return fileName.replaceAll("[\\\\/]", "_").strip();
    }

    /** Removes the file once the current transaction commits (its row is gone then); at once without one. */
    public void deleteAfterCommit(StoredFile file) {
        String key = file.getStorageKey();
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            delete(key);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                delete(key);
            }
        });
    }

    /** The file's bytes, checked against the checksum taken when it was stored. */
    public FileContent content(StoredFile file) {
        return new FileContent(file.getFileName(), file.getKind().mimeType(), read(file.getStorageKey(), file.getSha256()));
    }

    private byte[] read(String key, String expectedSha256) {
        Path path = resolve(key);
        if (!Files.exists(path)) {
            throw new NotFoundException();
        }
        try {
            byte[] content = Files.readAllBytes(path);
            if (!Checksums.sha256(content).equals(expectedSha256)) {
                throw new IllegalStateException("Checksum mismatch for stored file " + key);
            }
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void delete(String key) {
        try {
            Files.deleteIfExists(resolve(key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path resolve(String key) {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("Not a storage key: " + key);
        }
        return properties.dir().toAbsolutePath().resolve(key);
    }
}
