package vn.gov.cchc.portal.backup;

import java.time.Instant;

/** One complete backup: its folder name, when and by whom it was taken, and what it holds. */
public record BackupSummary(String name, Instant takenAt, String takenBy, long databaseBytes, int files, long filesBytes) {
}
