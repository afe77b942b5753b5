package vn.gov.cchc.portal.task;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
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
    public PlanReading read(IncomingFile file, PlanDocument typed, PlanOwner owner) {
        return check(file.fileName(), PlanImport.rows(file, settings.importMaxRows()), typed, owner);
    }

    /** The same check of rows already read (kept with a draft plan). */
    public PlanReading check(String fileName, List<SheetRow> rows, PlanDocument typed, PlanOwner owner) {
        PlanImport.Checked checked = planImport.check(fileName, rows, typed, owner);
        PlanDocument document = checked.entries().stream().findFirst()
                .map(entry -> new PlanDocument(entry.content().docNumber(), entry.content().docDate(),
                        entry.content().docSigner()))
                .orElse(PlanDocument.NONE);
        return new PlanReading(checked.preview(), document);
    }

    /**
     * Creates the tasks the rows set out, each naming the plan document {@code planId}, in the caller's
     * transaction; returns how many.
     *
     * @throws ValidationException when the rows no longer read cleanly (nothing is created)
     */
    @Transactional
    public int create(long planId, PlanOwner owner, String fileName, List<SheetRow> rows, PlanDocument typed, String actor) {
        PlanImport.Checked checked = planImport.check(fileName, rows, typed, owner);
        if (!checked.preview().problems().isEmpty()) {
            throw new ValidationException("file", "plan.error.notClean", checked.preview().problems().size());
        }
        planImport.apply(checked.entries(), actor, planId, owner.year());
        return (int) checked.preview().count(PlanAction.CREATE);
    }

    /**
     * Records that the agency's tasks assigned by the plan document (its number and date, in the plan's year) are
     * the tasks of plan {@code planId}: for tasks entered before plans were kept (and the demo's). Returns how many.
     */
    @Transactional
    public int attach(long planId, PlanOwner owner, String docNumber, LocalDate docDate) {
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("plan", planId).addValue("year", owner.year())
                .addValue("agency", owner.agencyId()).addValue("number", docNumber).addValue("date", docDate);
        int attached = jdbc.update("""
                UPDATE task t SET t.plan_id = :plan
                WHERE t.plan_id IS NULL AND t.plan_year = :year AND t.doc_number = :number AND t.doc_date = :date
                  AND EXISTS (SELECT 1 FROM task_event e WHERE e.task_id = t.id AND e.type = 'ASSIGNED'
                              AND e.to_agency_id = :agency)""", params);
        jdbc.update("UPDATE task_span s JOIN task t ON t.id = s.task_id SET s.in_plan = TRUE WHERE t.plan_id = :plan", params);
        return attached;
    }

    /** An agency's plan document that tasks were entered from before plans were kept. */
    public record EnteredPlan(long agencyId, PlanDocument document) {
    }

    /**
     * The agencies' plans of the year that the secretariat entered tasks from, one by one or by its own import,
     * before the plans themselves were kept: the documents titled "Kế hoạch cải cách hành chính năm …" with the
     * agency each assigned its tasks to.
     */
    public List<EnteredPlan> enteredPlans(int year) {
        MapSqlParameterSource params = new MapSqlParameterSource("year", year)
                .addValue("excerpt", "Kế hoạch cải cách hành chính năm " + year + "%");
        return jdbc.query("""
                SELECT e.to_agency_id, t.doc_number, t.doc_date, MIN(t.doc_signer) AS signer FROM task t
                JOIN task_event e ON e.task_id = t.id AND e.type = 'ASSIGNED'
                WHERE t.plan_id IS NULL AND t.plan_year = :year AND t.directive = FALSE AND t.doc_excerpt LIKE :excerpt
                  AND t.doc_number IS NOT NULL AND t.doc_date IS NOT NULL
                GROUP BY e.to_agency_id, t.doc_number, t.doc_date ORDER BY e.to_agency_id""", params,
                (rs, n) -> new EnteredPlan(rs.getLong(1), new PlanDocument(rs.getString(2),
                        rs.getObject(3, LocalDate.class), rs.getString(4))));
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
