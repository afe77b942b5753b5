package vn.gov.cchc.portal.task;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.cchc.portal.common.FileContent;
import vn.gov.cchc.portal.security.Access;
import vn.gov.cchc.portal.task.internal.TaskWork;

/**
 * The texts of tasks and their evidence files as the portal's search indexes them, a page at a time or for the tasks
 * just changed.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Access.ADMIN_OR_SECRETARIAT)
public class TaskTextService {

    private static final String SELECT = """
            SELECT t.id, t.title, t.description, t.doc_number, t.deadline, t.lead_agency_id, a.name_vi
            FROM task t LEFT JOIN agency a ON a.id = t.lead_agency_id""";

    private final NamedParameterJdbcTemplate jdbc;
    private final TaskWork work;

    TaskTextService(NamedParameterJdbcTemplate jdbc, TaskWork work) {
        this.jdbc = jdbc;
        this.work = work;
    }

    /** How many tasks there are (a search index missing some is rebuilt). */
    public long count() {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM task", new MapSqlParameterSource(), Long.class);
        return count == null ? 0 : count;
    }

    /** The tasks after the id, upwards. */
    public List<TaskText> after(long afterId, int limit) {
        return jdbc.query(SELECT + " WHERE t.id > :after ORDER BY t.id LIMIT :limit",
                new MapSqlParameterSource("after", afterId).addValue("limit", limit), TaskTextService::text);
    }

    public List<TaskText> of(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : jdbc.query(SELECT + " WHERE t.id IN (:ids)", new MapSqlParameterSource("ids", ids),
                TaskTextService::text);
    }

    /** The evidence files of a task. */
    public List<EvidenceFile> evidence(long taskId) {
        return jdbc.query("""
                SELECT e.id, e.task_id, e.file_name, t.lead_agency_id, COALESCE(r.submitted, FALSE) AS sent
                FROM task_evidence e JOIN task t ON t.id = e.task_id LEFT JOIN task_report r ON r.id = e.report_id
                WHERE e.task_id = :task ORDER BY e.id""", new MapSqlParameterSource("task", taskId),
                (rs, row) -> new EvidenceFile(rs.getLong("id"), rs.getLong("task_id"), rs.getString("file_name"),
                        rs.getObject("lead_agency_id", Long.class), rs.getBoolean("sent")));
    }

    /** The tasks that have evidence files, upwards (to index them all again). */
    public List<Long> withEvidence() {
        return jdbc.queryForList("SELECT DISTINCT task_id FROM task_evidence ORDER BY task_id", new MapSqlParameterSource(), Long.class);
    }

    /** An evidence file's content, to read its text. */
    public FileContent evidenceContent(long evidenceId) {
        return work.content(evidenceId, true);
    }

    private static TaskText text(ResultSet rs, int row) throws SQLException {
        return new TaskText(rs.getLong("id"), rs.getString("title"), rs.getString("description"), rs.getString("doc_number"),
                rs.getObject("deadline", LocalDate.class), rs.getObject("lead_agency_id", Long.class), rs.getString("name_vi"));
    }
}
