package vn.gov.cchc.portal.task;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.cchc.portal.agency.AgencyService;
import vn.gov.cchc.portal.agency.AgencySummary;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.security.Access;
import vn.gov.cchc.portal.task.internal.AgencyIndex;
import vn.gov.cchc.portal.task.internal.AgencyTaskAccess;
import vn.gov.cchc.portal.task.internal.TaskFigures;
import vn.gov.cchc.portal.task.internal.TaskSearch;

/**
 * The task list of a ministry or province, always the signed-in user's own agency: the tasks it leads and those it
 * supports, most urgent first, and its figures for the year. Reports are {@link ProgressReportService}'s, the
 * supporting agencies' notes {@link ContributionService}'s.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Access.AGENCY_USERS)
public class AgencyTaskService {

    private final AgencyTaskAccess access;
    private final TaskSearch search;
    private final TaskFigures figures;
    private final AgencyService agencies;
    private final TaskSettings settings;
    private final Clock clock;

    AgencyTaskService(AgencyTaskAccess access, TaskSearch search, TaskFigures figures, AgencyService agencies,
            TaskSettings settings, Clock clock) {
        this.access = access;
        this.search = search;
        this.figures = figures;
        this.agencies = agencies;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * The tasks the agency leads and those it supports, the most urgent first (overdue, due soon, the rest in
     * progress, awaiting confirmation, finished), by deadline inside each; filtered in the database like the
     * secretariat's list.
     */
    public List<AgencyTaskRow> myTasks(AgencyTaskFilter filter) {
        return myTasks(filter, 0, Integer.MAX_VALUE);
    }

    /** One page of the same list, as the screen shows it. */
    public List<AgencyTaskRow> myTasks(AgencyTaskFilter filter, int offset, int limit) {
        long agency = access.ownAgency();
        Map<Long, AgencySummary> agencyById = agencies.byId();
        return search.agencyRows(agency, filter.status(), filter.area(), filter.sessionId(), filter.text(),
                PortalTime.today(clock), settings.dueSoonDays(), offset, limit).stream()
                .map(row -> new AgencyTaskRow(row.id(), row.title(), row.area(),
                        row.leads() ? AgencyTaskRow.Relation.LEAD : AgencyTaskRow.Relation.SUPPORT,
                        AgencyIndex.name(agencyById, row.leadAgencyId()), row.deadline(), row.status(), row.sessionId(),
                        row.version()))
                .toList();
    }

    /** How many tasks the same list has. */
    public int countMyTasks(AgencyTaskFilter filter) {
        return search.agencyRowCount(access.ownAgency(), filter.status(), filter.area(), filter.sessionId(),
                filter.text(), PortalTime.today(clock), settings.dueSoonDays());
    }

    /**
     * The agency's figures for this year's plan as of today, exactly as the dashboard and the committee see them
     * (one {@link Counts}, one rate rule).
     */
    public Counts counts() {
        LocalDate today = PortalTime.today(clock);
        return figures.counts(new FigureQuery(today, today.withDayOfYear(1), today.withMonth(12).withDayOfMonth(31),
                DeadlineBasis.EXTENDED, TaskScope.PLANS)).byAgency().getOrDefault(access.ownAgency(), Counts.ZERO);
    }
}
