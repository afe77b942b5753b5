package vn.gov.cchc.portal.support;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.gov.cchc.portal.task.Counts;
import vn.gov.cchc.portal.task.FigureQuery;
import vn.gov.cchc.portal.task.TaskSpan;
import vn.gov.cchc.portal.task.TaskState;
import vn.gov.cchc.portal.task.TaskStatusEngine;

/**
 * The naive way to the figures: every span of the period loaded into Java, each task's status computed by the
 * status engine. What the database's figures are checked against, and measured against.
 */
public final class EngineFigures {

    private EngineFigures() {
    }

    /** Per agency holding the task on the date, how many tasks were in each counted bucket. */
    public static Map<Long, Counts> byAgency(JdbcTemplate jdbc, FigureQuery query) {
        Map<Long, List<TaskSpan>> spansByTask = new HashMap<>();
        jdbc.query("SELECT task_id, from_date, to_date, state, agency_id, original_deadline, effective_deadline, completed_on"
                + " FROM task_span WHERE in_plan IN " + query.scope().inPlanSql() + " AND plan_date BETWEEN ? AND ?", rs -> {
            spansByTask.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(new TaskSpan(
                    rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class), TaskState.valueOf(rs.getString(4)),
                    rs.getLong(5), rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class),
                    rs.getObject(8, LocalDate.class)));
        }, Date.valueOf(query.periodFrom()), Date.valueOf(query.periodTo()));
        Map<Long, Counts> byAgency = new TreeMap<>();
        for (List<TaskSpan> spans : spansByTask.values()) {
            var status = TaskStatusEngine.statusAsOf(spans, query.asOf(), query.basis(), 0);
            if (status.bucket().planned()) {
                byAgency.merge(status.agencyId(), Counts.ZERO.plus(status.bucket(), 1), Counts::plus);
            }
        }
        return byAgency;
    }
}
