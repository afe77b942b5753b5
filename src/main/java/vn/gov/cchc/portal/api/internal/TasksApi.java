package vn.gov.cchc.portal.api.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.cchc.portal.api.ApiSettings;
import vn.gov.cchc.portal.api.internal.ApiBodies.Page;
import vn.gov.cchc.portal.api.internal.ApiBodies.TaskItem;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.security.Access;
import vn.gov.cchc.portal.security.CurrentUser;
import vn.gov.cchc.portal.security.PortalUser;
import vn.gov.cchc.portal.task.TaskListService;
import vn.gov.cchc.portal.task.TaskRow;

/** {@code GET /api/v1/tasks}: every task assigned by a day, with its status as of that day, page by page (JSON or CSV). */
@RestController
@RequestMapping("/api/v1/tasks")
@Tag(name = "Tasks", description = "Tasks with their status as of a date")
class TasksApi {

    private static final String CSV = "text/csv";

    private final TaskListService tasks;
    private final Cursors cursors;
    private final ApiSettings settings;
    private final CurrentUser currentUser;
    private final Clock clock;

    TasksApi(TaskListService tasks, Cursors cursors, ApiSettings settings, CurrentUser currentUser, Clock clock) {
        this.tasks = tasks;
        this.cursors = cursors;
        this.settings = settings;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Access.API_READ_TASKS)
    @Operation(summary = "Tasks assigned by a date, with their status as of that date, ordered by id; follow nextCursor for the next page")
    Page<TaskItem> list(
            @Parameter(description = "the day the statuses are as of (default today, Vietnam time)")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
            @Parameter(description = "only the tasks this agency leads") @RequestParam(required = false) @Nullable Long agency,
            @Parameter(description = "the nextCursor of the previous page") @RequestParam(defaultValue = "") String cursor,
            @Parameter(description = "items per page, 1 to 500") @RequestParam(defaultValue = "100") int limit) {
        LocalDate day = asOf == null ? PortalTime.today(clock) : asOf;
        Long scope = scope(agency);
        if (limit < 1 || limit > settings.maxPageSize()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "api.error.limit", settings.maxPageSize());
        }
        String filter = day + "|" + (scope == null ? "" : scope);
        List<TaskRow> rows = tasks.after(cursors.after(filter, cursor), scope, day, limit);
        String next = rows.size() < limit ? null : cursors.next(filter, rows.getLast().id());
        return new Page<>(rows.stream().map(TaskItem::of).toList(), next);
    }

    @GetMapping(produces = CSV)
    @PreAuthorize(Access.API_READ_TASKS)
    @Operation(summary = "The same page as CSV (UTF-8, a header row); the next page's cursor is in the X-Next-Cursor header")
    ResponseEntity<String> csv(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
            @RequestParam(required = false) @Nullable Long agency, @RequestParam(defaultValue = "") String cursor,
            @RequestParam(defaultValue = "100") int limit) {
        Page<TaskItem> page = list(asOf, agency, cursor, limit);
        StringBuilder csv = new StringBuilder("id,parentId,title,area,leadAgencyId,leadAgency,assignedOn,deadline,status\r\n");
        for (TaskItem item : page.items()) {
            csv.append(item.id()).append(',').append(value(item.parentId())).append(',').append(quote(item.title())).append(',')
                    .append(item.area()).append(',').append(value(item.leadAgencyId())).append(',').append(quote(item.leadAgency()))
                    .append(',').append(item.assignedOn()).append(',').append(value(item.deadline())).append(',').append(item.status())
                    .append("\r\n");
        }
        ResponseEntity.BodyBuilder response = ResponseEntity.ok().contentType(MediaType.parseMediaType(CSV + ";charset=UTF-8"));
        if (page.nextCursor() != null) {
            response.header("X-Next-Cursor", page.nextCursor());
        }
        return response.body(csv.toString());
    }

    /** The agency asked for: a token of one agency reads that agency only. */
    private @Nullable Long scope(@Nullable Long agency) {
        Long own = currentUser.portalUser().map(PortalUser::agencyId).orElse(null);
        if (own != null && agency != null && !own.equals(agency)) {
            throw new ApiException(HttpStatus.FORBIDDEN, "api.error.otherAgency");
        }
        return own != null ? own : agency;
    }

    private static String value(@Nullable Object value) {
        return value == null ? "" : value.toString();
    }

    private static String quote(@Nullable String text) {
        return text == null ? "" : "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
