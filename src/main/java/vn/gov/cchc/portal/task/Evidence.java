package vn.gov.cchc.portal.task;

import java.time.Instant;
import vn.gov.cchc.portal.storage.FileKind;

public record Evidence(long id, Long reportId, String fileName, FileKind kind, long size, String uploadedBy,
        Instant uploadedAt) {
}
