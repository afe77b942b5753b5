package vn.gov.cchc.portal.session;

import java.time.Instant;
import vn.gov.cchc.portal.storage.FileKind;

public record SessionDocument(long id, String fileName, FileKind kind, long size, String sha256, String uploadedBy,
        Instant uploadedAt) {
}
