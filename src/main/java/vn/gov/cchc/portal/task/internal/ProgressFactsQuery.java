package vn.gov.cchc.portal.task.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.gov.cchc.portal.agency.AgencyService;
import vn.gov.cchc.portal.agency.AgencySummary;
import vn.gov.cchc.portal.task.ProgressFacts;
import vn.gov.cchc.portal.task.TaskTimeline;

/**
 * The open tasks of a day with what their history said by then ({@link TaskTimeline#factsOn}, the one definition):
 * the tasks are found by the span that held them that day, then read whole. Nearest deadline first.
 */
@Component
public class ProgressFactsQuery {

    private static final Comparator<ProgressFacts> NEAREST_DEADLINE = Comparator.comparing(ProgressFacts::deadline)
            .thenComparingLong(ProgressFacts::taskId);

    private final NamedParameterJdbcTemplate jdbc;
    private final TimelineQuery timelines;
    private final AgencyService agencies;

    ProgressFactsQuery(NamedParameterJdbcTemplate jdbc, TimelineQuery timelines, AgencyService agencies) {
        this.jdbc = jdbc;
        this.timelines = timelines;
        this.agencies = agencies;
    }

    /** The tasks open on the day with their deadline ahead, of one agency or of all. */
    public List<ProgressFacts> openOn(LocalDate day, @Nullable Long agencyId) {
        List<Long> ids = jdbc.queryForList("""
                SELECT s.task_id FROM task_span s
                WHERE s.state = 'OPEN' AND s.from_date <= :day AND (s.to_date IS NULL OR s.to_date > :day)
                  AND s.effective_deadline >= :day""" + (agencyId == null ? "" : " AND s.agency_id = :agency"),
                new MapSqlParameterSource("day", Date.valueOf(day)).addValue("agency", agencyId), Long.class);
        return of(ids, day);
    }

    /** The named tasks' facts on the day, those open then with their deadline ahead. */
    public List<ProgressFacts> of(Collection<Long> taskIds, LocalDate day) {
        Map<Long, AgencySummary> agencyById = agencies.byId();
        return timelines.of(taskIds).stream()
                .map(task -> task.factsOn(day, agency -> AgencyIndex.name(agencyById, agency)))
                .flatMap(Optional::stream).sorted(NEAREST_DEADLINE).toList();
    }
}
