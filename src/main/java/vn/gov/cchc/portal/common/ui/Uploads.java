package vn.gov.cchc.portal.common.ui;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.List;

/** Upload components speak the user's language. */
public final class Uploads {

    private Uploads() {
    }

    public static void localize(Upload upload) {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(upload.getTranslation("upload.addFile"))
                .setMany(upload.getTranslation("upload.addFiles")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(upload.getTranslation("upload.dropFile"))
                .setMany(upload.getTranslation("upload.dropFiles")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(upload.getTranslation("upload.tooManyFiles"))
                .setFileIsTooBig(upload.getTranslation("upload.fileTooBig"))
                .setIncorrectFileType(upload.getTranslation("upload.incorrectType")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(upload.getTranslation("upload.connecting"))
                        .setStalled(upload.getTranslation("upload.stalled"))
                        .setProcessing(upload.getTranslation("upload.processing"))
                        .setHeld(upload.getTranslation("upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(upload.getTranslation("upload.remaining"))
                        .setUnknown(upload.getTranslation("upload.remainingUnknown")))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(upload.getTranslation("upload.serverUnavailable"))
                        .setUnexpectedServerError(upload.getTranslation("upload.serverError"))
                        .setForbidden(upload.getTranslation("upload.forbidden"))));
        // the names a screen reader gives the buttons beside a file in the list
        i18n.setFile(new UploadI18N.File().setRetry(upload.getTranslation("upload.file.retry"))
                .setStart(upload.getTranslation("upload.file.start")).setRemove(upload.getTranslation("upload.file.remove")));
        i18n.setUnits(new UploadI18N.Units(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB")));
        upload.setI18n(i18n);
    }
}
