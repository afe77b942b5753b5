package vn.gov.cchc.portal.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.cchc.portal.agency.AgencyFilter;
import vn.gov.cchc.portal.agency.AgencyGroup;
import vn.gov.cchc.portal.agency.AgencyService;
import vn.gov.cchc.portal.agency.AgencySummary;
import vn.gov.cchc.portal.common.ValidationException;
import vn.gov.cchc.portal.security.Access;
import vn.gov.cchc.portal.security.CurrentUser;
import vn.gov.cchc.portal.security.PortalUser;
import vn.gov.cchc.portal.session.SessionFilter;
import vn.gov.cchc.portal.session.SessionService;
import vn.gov.cchc.portal.session.SessionStatus;
import vn.gov.cchc.portal.session.SessionSummary;
import vn.gov.cchc.portal.task.FigureCounts;
import vn.gov.cchc.portal.task.FigureQuery;
import vn.gov.cchc.portal.task.ReformArea;
import vn.gov.cchc.portal.task.TaskQueryService;
import vn.gov.cchc.portal.task.TaskRow;
import vn.gov.cchc.portal.task.TaskStatisticsService;

/**
 * The figures for a cut-off date. Everyone signed in sees national and group figures; the secretariat,
 * administrators and committee members see every agency, agency users only their own.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Access.AUTHENTICATED)
public class DashboardService {

    private final TaskStatisticsService statistics;
    private final TaskQueryService tasks;
    private final AgencyService agencies;
    private final SessionService sessions;
    private final CurrentUser currentUser;

    DashboardService(TaskStatisticsService statistics, TaskQueryService tasks, AgencyService agencies,
            SessionService sessions, CurrentUser currentUser) {
        this.statistics = statistics;
        this.tasks = tasks;
        this.agencies = agencies;
        this.sessions = sessions;
        this.currentUser = currentUser;
    }

    public DashboardFigures figures(DashboardRequest request) {
        List<AgencySummary> allAgencies = agencies.list(AgencyFilter.all());
        Map<Long, AgencySummary> agencyById = allAgencies.stream()
                .collect(Collectors.toMap(AgencySummary::id, Function.identity()));
        FigureCounts counts = statistics.counts(query(request, request.asOf()));
        Map<Long, Counts> byAgency = new HashMap<>();
        counts.byAgency().forEach((agencyId, buckets) -> byAgency.put(agencyId, Counts.of(buckets)));
        Map<AgencyGroup, Counts> groups = groups(byAgency, agencyById);
        Map<ReformArea, Counts> areas = new EnumMap<>(ReformArea.class);
        counts.byArea().forEach((area, buckets) -> areas.put(area, Counts.of(buckets)));
        Counts total = groups.values().stream().reduce(Counts.ZERO, Counts::plus);
        List<AgencySummary> active = allAgencies.stream().filter(a -> a.activeOn(request.asOf())).toList();
        List<AgencyFigures> ranking = ranking(active, byAgency);
        LocalDate previousCutoff = previousCutoff(request.asOf());
        Map<AgencyGroup, Counts> previousGroups = previousCutoff == null || previousCutoff.isBefore(request.period().from())
                ? Map.of() : groupsOnly(request, previousCutoff, agencyById);
        return new DashboardFigures(request, total, groups, areas, visibleRanking(ranking), active.size(),
                previousGroups.isEmpty() ? null : previousCutoff, previousGroups);
    }

    /** Exactly the tasks behind one number (at most 500 rows shown; the count is always exact). */
    public DrillDown tasksBehind(DashboardRequest request, FigureCell cell) {
        List<Long> agencyIds = null;
        if (cell.agencyId() != null) {
            agencyIds = List.of(cell.agencyId());
        } else if (cell.group() != null) {
            agencyIds = agencies.list(AgencyFilter.all()).stream().filter(a -> a.group() == cell.group())
                    .map(AgencySummary::id).toList();
        }
        Long ownAgency = ownAgencyIfAgencyUser();
        if (ownAgency != null) {
            if (cell.agencyId() == null || !cell.agencyId().equals(ownAgency)) {
                throw new ValidationException(null, "dashboard.drillDown.ownAgencyOnly");
            }
        }
        List<Long> ids = statistics.taskIdsBehind(query(request, request.asOf()), agencyIds, cell.area(), cell.bucket());
        List<TaskRow> rows = tasks.rowsFor(ids, request.asOf());
        return new DrillDown(ids.size(), rows);
    }

    /** The tasks of one figure: the exact number, and the first rows of it. */
    public record DrillDown(int count, List<TaskRow> rows) {
    }

    private Map<AgencyGroup, Counts> groupsOnly(DashboardRequest request, LocalDate asOf, Map<Long, AgencySummary> agencyById) {
        Map<Long, Counts> byAgency = new HashMap<>();
        statistics.counts(query(request, asOf)).byAgency()
                .forEach((agencyId, buckets) -> byAgency.put(agencyId, Counts.of(buckets)));
        return groups(byAgency, agencyById);
    }

    private static Map<AgencyGroup, Counts> groups(Map<Long, Counts> byAgency, Map<Long, AgencySummary> agencyById) {
        Map<AgencyGroup, Counts> groups = new EnumMap<>(AgencyGroup.class);
        byAgency.forEach((agencyId, counts) -> groups.merge(agencyById.get(agencyId).group(), counts, Counts::plus));
        return groups;
    }

    private LocalDate previousCutoff(LocalDate asOf) {
        return sessions.list(SessionFilter.all()).stream()
                .filter(s -> s.status() != SessionStatus.CANCELLED && s.cutoffDate() != null && s.cutoffDate().isBefore(asOf))
                .map(SessionSummary::cutoffDate).max(Comparator.naturalOrder()).orElse(null);
    }

    private static List<AgencyFigures> ranking(List<AgencySummary> active, Map<Long, Counts> byAgency) {
        List<AgencyFigures> ranking = new ArrayList<>();
        for (AgencySummary agency : active) {
            ranking.add(new AgencyFigures(agency.id(), agency.nameVi(), agency.nameEn(), agency.group(),
                    byAgency.getOrDefault(agency.id(), Counts.ZERO)));
        }
        ranking.sort(Comparator.comparing((AgencyFigures a) -> a.counts().planned() == 0)
                .thenComparing(a -> a.counts().rate(), Comparator.reverseOrder())
                .thenComparing(AgencyFigures::nameVi));
        return ranking;
    }

    private List<AgencyFigures> visibleRanking(List<AgencyFigures> ranking) {
        Long own = ownAgencyIfAgencyUser();
        return own == null ? ranking : ranking.stream().filter(a -> a.agencyId() == own).toList();
    }

    private Long ownAgencyIfAgencyUser() {
        boolean central = currentUser.isCentralReader();
        if (central) {
            return null;
        }
        return currentUser.portalUser().map(PortalUser::agencyId).orElse(-1L);
    }

    private static FigureQuery query(DashboardRequest request, LocalDate asOf) {
        if (request.asOf() == null || request.period() == null) {
            throw new ValidationException("asOf", "validation.required");
        }
        return new FigureQuery(asOf, request.period().from(), request.period().to(), request.basis());
    }
}
