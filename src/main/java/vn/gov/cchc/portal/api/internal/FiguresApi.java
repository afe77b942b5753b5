package vn.gov.cchc.portal.api.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.cchc.portal.api.internal.ApiBodies.AgencyCounts;
import vn.gov.cchc.portal.api.internal.ApiBodies.CountsBody;
import vn.gov.cchc.portal.api.internal.ApiBodies.FiguresBody;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.dashboard.DashboardFigures;
import vn.gov.cchc.portal.dashboard.DashboardRequest;
import vn.gov.cchc.portal.dashboard.DashboardService;
import vn.gov.cchc.portal.dashboard.Period;
import vn.gov.cchc.portal.security.Access;
import vn.gov.cchc.portal.task.DeadlineBasis;
import vn.gov.cchc.portal.task.TaskScope;

/**
 * {@code GET /api/v1/figures}: the dashboard's figures — the plan of a period as of a day, in total, per group, per
 * reform area and per agency (a token of one agency gets its own agency's line) — with an ETag, so that a caller
 * asking again with If-None-Match gets 304 when nothing changed.
 */
@RestController
@RequestMapping("/api/v1/figures")
@Tag(name = "Figures", description = "Plan completion figures as of a date")
class FiguresApi {

    private final DashboardService dashboard;
    private final JsonMapper json;
    private final Clock clock;

    FiguresApi(DashboardService dashboard, JsonMapper json, Clock clock) {
        this.dashboard = dashboard;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Access.API_READ_FIGURES)
    @Operation(summary = "The plan of a period as of a day: done on time or late, open in time or overdue, and the rate")
    ResponseEntity<FiguresBody> figures(
            @Parameter(description = "the day the figures are as of (default today)")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
            @Parameter(description = "first day of the plan period (default 1 January of asOf's year)")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @Parameter(description = "last day of the plan period (default 31 December of asOf's year)")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @Parameter(description = "EXTENDED: deadlines as extended (the official count); ORIGINAL: as first set")
            @RequestParam(defaultValue = "EXTENDED") DeadlineBasis basis,
            @Parameter(description = "PLANS: the tasks of the agencies' annual plans (the official \"planned\"); OTHER: tasks"
                    + " of other sources (directives, conclusions, inspections); ALL: both")
            @RequestParam(defaultValue = "PLANS") TaskScope scope,
            @RequestHeader(value = "If-None-Match", required = false) @Nullable String ifNoneMatch) {
        LocalDate day = asOf == null ? PortalTime.today(clock) : asOf;
        Period year = Period.year(day.getYear());
        Period period = new Period(from == null ? year.from() : from, to == null ? year.to() : to);
        if (period.to().isBefore(period.from())) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "api.error.period");
        }
        DashboardFigures figures = dashboard.figures(new DashboardRequest(day, period, basis, scope));
        Map<String, CountsBody> groups = new LinkedHashMap<>();
        figures.groups().forEach((group, counts) -> groups.put(group.name(), CountsBody.of(counts)));
        Map<String, CountsBody> areas = new LinkedHashMap<>();
        figures.areas().forEach((area, counts) -> areas.put(area.name(), CountsBody.of(counts)));
        FiguresBody body = new FiguresBody(day, period.from(), period.to(), basis.name(), scope.name(), CountsBody.of(figures.total()), groups, areas,
                figures.agencies().stream().map(line -> new AgencyCounts(line.agencyId(), line.agency().nameVi(),
                        line.agency().group().name(), CountsBody.of(line.counts()))).toList());
        String etag = "\"" + TokenHash.of(json.writeValueAsString(body)).substring(0, 32) + "\"";
        if (etag.equals(ifNoneMatch)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).build();
        }
        return ResponseEntity.ok().eTag(etag).body(body);
    }
}
