package vn.gov.cchc.portal.backup;

import java.time.Instant;
import vn.gov.cchc.portal.security.SystemAuthentication;

/** One complete backup: its folder name, when and by whom it was taken, and what it holds. */
public record BackupSummary(String name, Instant takenAt, String takenBy, long databaseBytes, int files, long filesBytes) {

    /** Taken by the schedule, not by a person. */
    public boolean scheduled() {
        return SystemAuthentication.SYSTEM_USER.equals(takenBy);
    }
}
