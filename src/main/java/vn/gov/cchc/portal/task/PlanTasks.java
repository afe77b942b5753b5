package vn.gov.cchc.portal.task;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.cchc.portal.common.DocumentRef;
import vn.gov.cchc.portal.common.ValidationException;
import vn.gov.cchc.portal.security.Access;
import vn.gov.cchc.portal.spreadsheet.SheetReader.SheetRow;
import vn.gov.cchc.portal.storage.IncomingFile;
import vn.gov.cchc.portal.task.internal.PlanImport;

/**
 * The tasks of the agencies' plans, for the plan module, which decides whose plan a caller may read or receive
 * (this service only reads files and writes the tasks it is told to): a plan file read as the agency's own plan,
 * and, once the secretariat receives the plan, its tasks created, each naming the plan document.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Access.AUTHENTICATED)
public class PlanTasks {

    private final PlanImport planImport;
    private final TaskSettings settings;
    private final NamedParameterJdbcTemplate jdbc;

    PlanTasks(PlanImport planImport, TaskSettings settings, NamedParameterJdbcTemplate jdbc) {
        this.planImport = planImport;
        this.settings = settings;
        this.jdbc = jdbc;
    }

    /**
     * What the agency's plan file sets out, row by row, and every problem; saves nothing.
     *
     * @throws ValidationException a file that cannot be read as a spreadsheet, or has more rows than allowed
     */
    public PlanReading read(IncomingFile file, DocumentRef typed, PlanOwner owner) {
        return check(file.fileName(), PlanImport.rows(file, settings.importMaxRows()), typed, owner);
    }

    /** The same check of rows already read (kept with a draft plan). */
    public PlanReading check(String fileName, List<SheetRow> rows, DocumentRef typed, PlanOwner owner) {
        PlanImport.Checked checked = planImport.check(fileName, rows, typed, owner);
        DocumentRef document = checked.entries().stream().findFirst()
                .map(entry -> entry.content().document())
                .orElse(DocumentRef.NONE);
        return new PlanReading(checked.preview(), document);
    }

    /**
     * Creates the tasks the rows set out, each naming the plan document {@code planId}, in the caller's
     * transaction; returns how many.
     *
     * @throws ValidationException when the rows no longer read cleanly (nothing is created)
     */
    @Transactional
    public int create(long planId, PlanOwner owner, String fileName, List<SheetRow> rows, DocumentRef typed, String actor) {
        PlanImport.Checked checked = planImport.check(fileName, rows, typed, owner);
        if (!checked.preview().problems().isEmpty()) {
            throw new ValidationException("file", "plan.error.notClean", checked.preview().problems().size());
        }
        planImport.apply(checked.entries(), actor, planId, owner.year());
        return (int) checked.preview().count(PlanAction.CREATE);
    }

    /** How many tasks each plan document set out. */
    public Map<Long, Integer> countByPlan(Collection<Long> planIds) {
        Map<Long, Integer> counts = new HashMap<>();
        if (!planIds.isEmpty()) {
            jdbc.query("SELECT plan_id, COUNT(*) FROM task WHERE plan_id IN (:plans) AND directive = FALSE GROUP BY plan_id",
                    new MapSqlParameterSource("plans", planIds), rs -> {
                        counts.put(rs.getLong(1), rs.getInt(2));
                    });
        }
        return counts;
    }
}
