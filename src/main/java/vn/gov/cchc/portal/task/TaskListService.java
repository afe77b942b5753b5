package vn.gov.cchc.portal.task;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.cchc.portal.agency.AgencyName;
import vn.gov.cchc.portal.agency.AgencyService;
import vn.gov.cchc.portal.agency.AgencySummary;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.security.Access;
import vn.gov.cchc.portal.task.internal.TaskReadAccess;
import vn.gov.cchc.portal.task.internal.TaskSearch;

/**
 * Lists of tasks: the secretariat's grid page by page with its count, its export row by row, the rows behind a
 * figure, and the read API's paging. The grid is for the secretariat, administrators and committee members; the
 * rows behind a figure and the API's pages are scoped to an agency user's own agency.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Access.CENTRAL_READERS)
public class TaskListService {

    /** The most rows one page returns. */
    private static final int PAGE_LIMIT = 500;

    private final TaskSearch search;
    private final AgencyService agencies;
    private final TaskReadAccess access;
    private final TaskSettings settings;
    private final Clock clock;

    TaskListService(TaskSearch search, AgencyService agencies, TaskReadAccess access, TaskSettings settings, Clock clock) {
        this.search = search;
        this.agencies = agencies;
        this.access = access;
        this.settings = settings;
        this.clock = clock;
    }

    /** One page of the grid in the filter's order. */
    public List<TaskRow> page(TaskFilter filter, int offset, int limit) {
        return search.page(filter, settings.dueSoonDays(), PortalTime.today(clock), offset, Math.min(limit, PAGE_LIMIT));
    }

    /** The number of tasks the list holds (read from indexes, so every list is counted). */
    public long count(TaskFilter filter) {
        return search.count(filter, settings.dueSoonDays(), PortalTime.today(clock));
    }

    /**
     * Every row the filter selects, in its order, page by page, as a spreadsheet writes it (one read transaction, so
     * a long export sees one consistent state of the list).
     */
    public void forEachRow(TaskFilter filter, Consumer<TaskSheetRow> sink) {
        Map<Long, AgencySummary> agencyById = agencies.byId();
        for (int offset = 0; ; ) {
            List<TaskRow> rows = page(filter, offset, PAGE_LIMIT);
            if (rows.isEmpty()) {
                return;
            }
            sheetRows(rows, offset + 1, agencyById).forEach(sink);
            offset += rows.size();
        }
    }

    /**
     * As {@link #rowsFor} (the same scope: an agency user gets only its own agency's tasks), as a spreadsheet writes
     * them, numbered from {@code firstNumber}.
     */
    @PreAuthorize(Access.AUTHENTICATED)
    public List<TaskSheetRow> sheetRowsFor(List<Long> ids, LocalDate asOf, int firstNumber) {
        return sheetRows(rowsFor(ids, asOf), firstNumber, agencies.byId());
    }

    /**
     * Rows for the given ids (the first 500), with their status as of the date. Callers pass ids they were allowed
     * to count (the dashboard's drill-down checks the agency scope first).
     */
    @PreAuthorize(Access.AUTHENTICATED)
    public List<TaskRow> rowsFor(List<Long> ids, LocalDate asOf) {
        List<TaskRow> rows = search.rows(ids.size() > PAGE_LIMIT ? ids.subList(0, PAGE_LIMIT) : ids, asOf, settings.dueSoonDays());
        if (access.centralReader()) {
            return rows;
        }
        Long own = access.ownAgency();
        return rows.stream().filter(row -> own != null && own.equals(row.leadAgencyId())).toList();
    }

    /**
     * Tasks assigned by {@code asOf}, after the id {@code afterId} and upwards, with their status as of that day — for
     * readers that page through everything (the read API): the next page starts after the last id, so a task added
     * meanwhile comes on a later page and none is read twice or skipped. Central readers may name a lead agency;
     * agency users get their own agency's tasks, whatever they name.
     */
    @PreAuthorize(Access.AUTHENTICATED)
    public List<TaskRow> after(long afterId, Long leadAgencyId, LocalDate asOf, int limit) {
        Long scope = leadAgencyId;
        if (!access.centralReader()) {
            Long own = access.ownAgency();
            scope = own == null ? Long.valueOf(-1) : own;
        }
        return search.rows(search.idsAfter(afterId, scope, asOf, Math.min(limit, PAGE_LIMIT)), asOf, settings.dueSoonDays());
    }

    private List<TaskSheetRow> sheetRows(List<TaskRow> rows, int firstNumber, Map<Long, AgencySummary> agencyById) {
        Map<Long, TaskSearch.SheetDetails> details = search.sheetDetails(rows.stream().map(TaskRow::id).toList());
        List<TaskSheetRow> sheet = new ArrayList<>(rows.size());
        for (TaskRow row : rows) {
            TaskSearch.SheetDetails d = details.get(row.id());
            List<AgencyName> support = d.supportAgencyIds().stream().map(agencyById::get)
                    .filter(Objects::nonNull).map(AgencySummary::label).toList();
            sheet.add(new TaskSheetRow(firstNumber + sheet.size(), row, support, d.product(), d.document(), d.note()));
        }
        return sheet;
    }
}
