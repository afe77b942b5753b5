package vn.gov.cchc.portal.backup;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.cchc.portal.backup.internal.Backups;
import vn.gov.cchc.portal.security.Access;
import vn.gov.cchc.portal.security.CurrentUser;

/** Backups for the administrator: the list, and one taken now. */
@Service
@PreAuthorize(Access.ADMIN)
@Transactional(propagation = Propagation.NOT_SUPPORTED) // the dump takes its own consistent snapshot
public class BackupService {

    private final Backups backups;
    private final CurrentUser currentUser;
    private final BackupProperties properties;

    BackupService(Backups backups, CurrentUser currentUser, BackupProperties properties) {
        this.backups = backups;
        this.currentUser = currentUser;
        this.properties = properties;
    }

    /** The schedule and retention, to show beside the list. */
    public BackupProperties settings() {
        return properties;
    }

    /** The complete backups, newest first. */
    public List<BackupSummary> list() {
        return backups.list();
    }

    /** Takes a backup now (database and files); old ones beyond the retention are deleted. */
    public BackupSummary backupNow() {
        return backups.take(currentUser.username().orElseThrow());
    }
}
