package vn.gov.cchc.portal.spreadsheet;

import com.vaadin.flow.component.upload.Upload;
import java.util.List;
import java.util.function.Consumer;
import vn.gov.cchc.portal.storage.IncomingFile;
import vn.gov.cchc.portal.storage.UploadReceiver;

/** The upload field of a screen that reads one spreadsheet: one .xlsx file, bounded and refused like any upload. */
public final class SpreadsheetUpload {

    private SpreadsheetUpload() {
    }

    /**
     * @param read      reads the file (a service call); a refusal is shown on the file
     * @param afterRead shows what was read
     */
    public static Upload field(Consumer<IncomingFile> read, Runnable afterRead) {
        return UploadReceiver.field(List.of(".xlsx", SpreadsheetWriter.MIME_TYPE), "spreadsheet.read", read, afterRead);
    }
}
