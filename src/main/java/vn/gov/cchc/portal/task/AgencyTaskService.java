package vn.gov.cchc.portal.task;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.cchc.portal.agency.AgencySummary;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.common.TextMatch;
import vn.gov.cchc.portal.security.Access;
import vn.gov.cchc.portal.task.internal.AgencyIndex;
import vn.gov.cchc.portal.task.internal.AgencyTaskAccess;
import vn.gov.cchc.portal.task.internal.Task;
import vn.gov.cchc.portal.task.internal.TaskFigures;
import vn.gov.cchc.portal.task.internal.TaskRepository;
import vn.gov.cchc.portal.task.internal.TaskSpanEntry;
import vn.gov.cchc.portal.task.internal.TaskSpanRepository;

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
    private final TaskRepository tasks;
    private final TaskSpanRepository spans;
    private final TaskFigures figures;
    private final AgencyIndex agencies;
    private final TaskSettings settings;
    private final Clock clock;

    AgencyTaskService(AgencyTaskAccess access, TaskRepository tasks, TaskSpanRepository spans, TaskFigures figures,
            AgencyIndex agencies, TaskSettings settings, Clock clock) {
        this.access = access;
        this.tasks = tasks;
        this.spans = spans;
        this.figures = figures;
        this.agencies = agencies;
        this.settings = settings;
        this.clock = clock;
    }

    /** Overdue first, then due soon, then the rest by deadline; tasks the agency leads and those it supports. */
    public List<AgencyTaskRow> myTasks(AgencyTaskFilter filter) {
        long agency = access.ownAgency();
        LocalDate today = PortalTime.today(clock);
        List<Task> mine = tasks.findForAgency(agency);
        Map<Long, List<TaskSpan>> spansByTask = spansOf(mine);
        Map<Long, AgencySummary> agencyById = agencies.byId();
        return mine.stream()
                .map(task -> row(task, agency, today, spansByTask, agencyById))
                .filter(row -> filter.status() == null || row.status() == filter.status())
                .filter(row -> filter.area() == null || row.area() == filter.area())
                .filter(row -> filter.sessionId() == null || filter.sessionId().equals(row.sessionId()))
                .filter(row -> TextMatch.contains(row.title(), filter.text()))
                .sorted(Comparator.comparingInt(AgencyTaskService::urgency)
                        .thenComparing(AgencyTaskRow::deadline, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(AgencyTaskRow::id))
                .toList();
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

    private Map<Long, List<TaskSpan>> spansOf(List<Task> list) {
        if (list.isEmpty()) {
            return Map.of();
        }
        return spans.findByTaskIds(list.stream().map(Task::getId).toList()).stream().collect(Collectors.groupingBy(
                TaskSpanEntry::taskId, Collectors.mapping(TaskSpanEntry::toSpan, Collectors.toList())));
    }

    private AgencyTaskRow row(Task task, long agency, LocalDate today, Map<Long, List<TaskSpan>> spansByTask,
            Map<Long, AgencySummary> agencyById) {
        TaskStatus status = TaskStatusEngine.statusAsOf(spansByTask.getOrDefault(task.getId(), List.of()), today,
                DeadlineBasis.EXTENDED, settings.dueSoonDays()).status();
        AgencyTaskRow.Relation relation = Long.valueOf(agency).equals(task.getLeadAgencyId())
                ? AgencyTaskRow.Relation.LEAD : AgencyTaskRow.Relation.SUPPORT;
        AgencySummary lead = task.getLeadAgencyId() == null ? null : agencyById.get(task.getLeadAgencyId());
        return new AgencyTaskRow(task.getId(), task.getTitle(), task.getArea(), relation,
                lead == null ? null : lead.label(), task.getDeadline(), status, task.getSessionId(), task.getVersion());
    }

    private static int urgency(AgencyTaskRow row) {
        return switch (row.status()) {
            case OPEN_OVERDUE -> 0;
            case DUE_SOON -> 1;
            case AWAITING_CONFIRMATION -> 3;
            case DONE_ON_TIME, DONE_LATE, WITHDRAWN, REASSIGNED, SUSPENDED -> 4;
            default -> 2;
        };
    }
}
