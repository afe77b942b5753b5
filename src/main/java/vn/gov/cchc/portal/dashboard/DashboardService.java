package vn.gov.cchc.portal.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import vn.gov.cchc.portal.task.Counts;
import vn.gov.cchc.portal.task.FigureCounts;
import vn.gov.cchc.portal.task.FigureQuery;
import vn.gov.cchc.portal.task.Measure;
import vn.gov.cchc.portal.task.ReformArea;
import vn.gov.cchc.portal.task.ScopedCounts;
import vn.gov.cchc.portal.task.TaskListService;
import vn.gov.cchc.portal.task.TaskRow;
import vn.gov.cchc.portal.task.TaskScope;
import vn.gov.cchc.portal.task.TaskSheetRow;
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
    private final TaskListService tasks;
    private final AgencyService agencies;
    private final SessionService sessions;
    private final CurrentUser currentUser;

    DashboardService(TaskStatisticsService statistics, TaskListService tasks, AgencyService agencies,
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
        FigureQuery query = query(request, request.asOf());
        ScopedCounts scoped = request.scope() == TaskScope.PLANS ? statistics.countsByScope(query) : null;
        FigureCounts counts = scoped != null ? scoped.plans() : statistics.counts(query);
        Map<Long, Counts> byAgency = counts.byAgency();
        Map<AgencyGroup, Counts> groups = groups(byAgency, agencyById);
        Map<ReformArea, Counts> areas = new EnumMap<>(counts.byArea());
        Counts total = groups.values().stream().reduce(Counts.ZERO, Counts::plus);
        List<AgencySummary> active = allAgencies.stream().filter(a -> a.activeOn(request.asOf())).toList();
        List<AgencyFigures> ranking = ranking(active, byAgency);
        LocalDate previousCutoff = previousCutoff(request.asOf());
        Map<AgencyGroup, Counts> previousGroups = previousCutoff == null || previousCutoff.isBefore(request.period().from())
                ? Map.of() : groupsOnly(request, previousCutoff, agencyById);
        Long own = ownAgencyIfAgencyUser();
        Counts otherSources = (scoped != null ? scoped.other() : statistics.counts(query.withScope(TaskScope.OTHER))).byAgency()
                .entrySet().stream().filter(entry -> own == null || entry.getKey().equals(own)).map(Map.Entry::getValue)
                .reduce(Counts.ZERO, Counts::plus);
        return new DashboardFigures(request, total, groups, areas, visibleRanking(ranking), active.size(), otherSources,
                previousGroups.isEmpty() ? null : previousCutoff, previousGroups);
    }

    /** The ids of exactly the tasks behind one number, newest first; their count is the number shown. */
    public List<Long> tasksBehind(DashboardRequest request, FigureCell cell) {
        return statistics.taskIdsBehind(query(request, request.asOf()), agencyIds(cell), cell.area(), cell.measure());
    }

    /**
     * The tasks of other sources than the agencies' plans behind {@link DashboardFigures#otherSources()}: of every
     * agency, or of an agency user's own.
     */
    public List<Long> tasksFromOtherSources(DashboardRequest request) {
        Long own = ownAgencyIfAgencyUser();
        return statistics.taskIdsBehind(query(request, request.asOf()).withScope(TaskScope.OTHER),
                own == null ? null : List.of(own), null, Measure.PLANNED);
    }

    /**
     * The tasks behind the change since the previous session: those of the plan done as of the cut-off and not
     * yet done as of the previous session's cut-off. A confirmed task stays done, so their count is the change in
     * the done figure.
     */
    public List<Long> tasksDoneSince(DashboardRequest request, FigureCell cell, LocalDate previousCutoff) {
        List<Long> agencyIds = agencyIds(cell);
        Set<Long> before = new HashSet<>(statistics.taskIdsBehind(query(request, previousCutoff),
                agencyIds, cell.area(), Measure.DONE));
        return statistics.taskIdsBehind(query(request, request.asOf()), agencyIds, cell.area(), Measure.DONE).stream()
                .filter(id -> !before.contains(id)).toList();
    }

    /** One page of a drill-down's rows, with their status as of the request's cut-off. */
    public List<TaskRow> rows(DashboardRequest request, List<Long> ids) {
        return tasks.rowsFor(ids, request.asOf());
    }

    /** As {@link #rows}, as a spreadsheet writes them, numbered from {@code firstNumber}. */
    public List<TaskSheetRow> sheetRows(DashboardRequest request, List<Long> ids, int firstNumber) {
        return tasks.sheetRowsFor(ids, request.asOf(), firstNumber);
    }

    /** Agency users open only their own agency's numbers; everyone else any group or agency. */
    private List<Long> agencyIds(FigureCell cell) {
        Long ownAgency = ownAgencyIfAgencyUser();
        if (ownAgency != null && (cell.agencyId() == null || !cell.agencyId().equals(ownAgency))) {
            throw new ValidationException(null, "dashboard.drillDown.ownAgencyOnly");
        }
        if (cell.agencyId() != null) {
            return List.of(cell.agencyId());
        }
        if (cell.group() != null) {
            return agencies.list(AgencyFilter.all()).stream().filter(a -> a.group() == cell.group())
                    .map(AgencySummary::id).toList();
        }
        return null;
    }

    private Map<AgencyGroup, Counts> groupsOnly(DashboardRequest request, LocalDate asOf, Map<Long, AgencySummary> agencyById) {
        return groups(statistics.counts(query(request, asOf)).byAgency(), agencyById);
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
            ranking.add(new AgencyFigures(agency, byAgency.getOrDefault(agency.id(), Counts.ZERO)));
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
        return new FigureQuery(asOf, request.period().from(), request.period().to(), request.basis(),
                request.scope() == null ? TaskScope.PLANS : request.scope());
    }
}
