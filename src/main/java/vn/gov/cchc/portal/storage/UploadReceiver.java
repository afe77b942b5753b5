package vn.gov.cchc.portal.storage;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.gov.cchc.portal.common.Failures;
import vn.gov.cchc.portal.common.PortalException;
import vn.gov.cchc.portal.common.ui.Messages;
import vn.gov.cchc.portal.common.ui.Uploads;

/**
 * Receives an upload for a service, bounded where the request is read: a declared size over the limit is refused
 * before a byte is read, and the bytes go to a temporary file that stops growing at the limit (a request that
 * hides its size is cut off there). The service is called on the request's thread, as the signed-in user; when it
 * refuses the file, the upload is rejected, so the browser marks the file as failed, not done. The outcome reaches
 * the screen through {@link UI#access}.
 */
public final class UploadReceiver implements UploadHandler {

    private static final Logger log = LoggerFactory.getLogger(UploadReceiver.class);

    /** What the screen does after the service kept or refused a file; both run with the UI locked. */
    interface Outcome {

        void stored(String fileName);

        void refused(String fileName, String message);
    }

    /** What the upload fields accept (the service checks the configured limit, which may be lower). */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    private final long maxBytes;
    private final Consumer<IncomingFile> store;
    private final Outcome outcome;

    UploadReceiver(long maxBytes, Consumer<IncomingFile> store, Outcome outcome) {
        this.maxBytes = maxBytes;
        this.store = store;
        this.outcome = outcome;
    }

    /**
     * An upload field for the accepted kinds of file, bounded by {@link #MAX_BYTES}: each file is handed to
     * {@code store} (a service call); the user is told the outcome, a refused file keeps its reason in the list,
     * and {@code afterStored} refreshes what lists the files.
     */
    public static Upload field(Consumer<IncomingFile> store, Runnable afterStored) {
        return field(List.of(FileKind.acceptedExtensions()), "document.uploaded", store, afterStored);
    }

    /**
     * An upload field for the given kinds of file ({@code .xlsx} or a MIME type), bounded by {@link #MAX_BYTES}: each
     * file is handed to {@code store} (a service call), the user is told {@code doneKey} (with the file's name) or
     * why it was refused, which the file keeps in the list, and {@code afterStored} shows the result.
     */
    public static Upload field(List<String> acceptedTypes, String doneKey, Consumer<IncomingFile> store,
            Runnable afterStored) {
        Upload upload = new Upload();
        upload.setUploadHandler(new UploadReceiver(MAX_BYTES, store, new Outcome() {
            @Override
            public void stored(String fileName) {
                Messages.success(upload, doneKey, fileName);
                afterStored.run();
            }

            @Override
            public void refused(String fileName, String message) {
                Messages.error(upload, fileName + ": " + message);
                showReason(upload, fileName, message);
            }
        }));
        upload.setAcceptedFileTypes(acceptedTypes.toArray(String[]::new));
        upload.setMaxFileSize((int) MAX_BYTES);
        Uploads.localize(upload);
        upload.addFileRejectedListener(event -> Messages.error(upload,
                upload.getTranslation("file.rejectedByBrowser", event.getErrorMessage())));
        return upload;
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    @Override
    public long getRequestSizeMax() {
        return maxBytes + 64 * 1024; // a multipart request's headers and boundaries
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        UI ui = event.getUI();
        String fileName = event.getFileName();
        if (event.getFileSize() > maxBytes) {
            refuse(event, ui, fileName, ui.getTranslation(ui.getLocale(), "file.tooLarge", maxBytes / (1024 * 1024)));
            return;
        }
        Path temporary = Files.createTempFile("cchc-upload-", ".part");
        try {
            if (!copyAtMost(event.getInputStream(), temporary)) {
                refuse(event, ui, fileName, ui.getTranslation(ui.getLocale(), "file.tooLarge", maxBytes / (1024 * 1024)));
                return;
            }
            store.accept(new IncomingFile(fileName, temporary));
            ui.access(() -> outcome.stored(fileName));
        } catch (PortalException refused) {
            refuse(event, ui, fileName, ui.getTranslation(ui.getLocale(), refused.messageKey(), refused.arguments()));
        } catch (RuntimeException failure) {
            if (Failures.databaseUnavailable(failure)) {
                log.warn("Upload of {} failed: database unavailable", fileName);
                refuse(event, ui, fileName, ui.getTranslation(ui.getLocale(), "error.database"));
            } else {
                log.error("Upload of {} failed", fileName, failure);
                refuse(event, ui, fileName, ui.getTranslation(ui.getLocale(), "upload.serverError"));
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Puts the refusal's reason on the file in the upload's list (the browser only knows the request failed, and
     * would say so in general words), now and again after the upload has handled the refusal's answer.
     */
    private static void showReason(Upload upload, String fileName, String message) {
        // the refusal's HTTP answer and this push race: when the answer comes second, the upload puts its own
        // general words on the file, so the reason is put on again once the upload has handled the answer
        upload.getElement().executeJs("""
                const apply = () => {
                  const file = this.files.find(f => f.name === $0);
                  if (file) { file.error = $1; file.complete = false; this.files = [...this.files]; }
                };
                apply();
                const later = e => {
                  if (e.detail.file.name === $0) { this.removeEventListener('upload-error', later); setTimeout(apply); }
                };
                this.addEventListener('upload-error', later);""", fileName, message);
    }

    private void refuse(UploadEvent event, UI ui, String fileName, String message) {
        event.reject(message);
        if (event.getResponse() instanceof HttpServletResponse http) {
            http.setCharacterEncoding("UTF-8"); // Vaadin writes the reason as JSON without a charset
        }
        ui.access(() -> outcome.refused(fileName, message));
    }

    /** Copies the request body; false, with the copy stopped, once it passes the limit. */
    private boolean copyAtMost(InputStream in, Path target) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (OutputStream out = Files.newOutputStream(target)) {
            for (int read; (read = in.read(buffer)) != -1; ) {
                total += read;
                if (total > maxBytes) {
                    return false;
                }
                out.write(buffer, 0, read);
            }
        }
        return true;
    }
}
