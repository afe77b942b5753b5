package vn.gov.cchc.portal.task;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.cchc.portal.common.DocumentRef;
import vn.gov.cchc.portal.security.Access;
import vn.gov.cchc.portal.security.CurrentUser;
import vn.gov.cchc.portal.spreadsheet.SheetReader.SheetRow;
import vn.gov.cchc.portal.storage.IncomingFile;
import vn.gov.cchc.portal.task.internal.PlanImport;

/**
 * Importing a yearly plan from a spreadsheet (the template, or an exported task list): a preview first, then, once
 * the secretariat confirms, every row in one transaction. See {@link PlanImport} for what a row may do.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Access.ADMIN_OR_SECRETARIAT)
public class PlanImportService {

    private final PlanImport planImport;
    private final CurrentUser currentUser;
    private final TaskSettings settings;

    PlanImportService(PlanImport planImport, CurrentUser currentUser, TaskSettings settings) {
        this.planImport = planImport;
        this.currentUser = currentUser;
        this.settings = settings;
    }

    /**
     * What importing the file would do; saves nothing.
     *
     * @throws vn.gov.cchc.portal.common.ValidationException a file that cannot be read as a spreadsheet, with why
     */
    public PlanPreview preview(IncomingFile file) {
        return preview(file, DocumentRef.NONE);
    }

    /** As {@link #preview(IncomingFile)}, with the plan's document typed at upload for rows that do not give it. */
    public PlanPreview preview(IncomingFile file, DocumentRef document) {
        return planImport.check(file.fileName(), read(file), document).preview();
    }

    /**
     * Checks the previewed rows again against the tasks as they are now and, if nothing stands in the way, saves
     * them all in one transaction. Returns what was done, or, when something now stands in the way, the problems
     * (and nothing is saved).
     */
    @Transactional
    public PlanPreview confirm(PlanPreview preview) {
        PlanImport.Checked checked = planImport.check(preview.fileName(), preview.source(), preview.document());
        if (checked.preview().problems().isEmpty()) {
            planImport.apply(checked.entries(), currentUser.username().orElseThrow());
        }
        return checked.preview();
    }

    private List<SheetRow> read(IncomingFile file) {
        return PlanImport.rows(file, settings.importMaxRows());
    }
}
