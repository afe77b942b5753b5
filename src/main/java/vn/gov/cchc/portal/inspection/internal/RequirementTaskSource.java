package vn.gov.cchc.portal.inspection.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.inspection.InspectionLinks;
import vn.gov.cchc.portal.task.TaskSource;
import vn.gov.cchc.portal.task.TaskSourceLink;

/** A task that is a requirement of an issued conclusion notice links back to its paragraph and its inspection. */
@Component
class RequirementTaskSource implements TaskSource {

    private final JdbcTemplate jdbc;

    RequirementTaskSource(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<TaskSourceLink> sourceOf(long taskId) {
        return jdbc.query("""
                SELECT c.inspection_id, r.number, c.doc_number, c.issued_on FROM conclusion_requirement r
                JOIN inspection_conclusion c ON c.id = r.conclusion_id
                WHERE r.task_id = ? AND c.status <> 'DRAFT' ORDER BY c.version_no DESC LIMIT 1""", (rs, n) ->
                new TaskSourceLink("inspection.requirement.source", List.of(rs.getInt(2), rs.getString(3),
                        Formats.date(rs.getObject(4, LocalDate.class))), InspectionLinks.inspection(rs.getLong(1))),
                taskId).stream().findFirst();
    }
}
