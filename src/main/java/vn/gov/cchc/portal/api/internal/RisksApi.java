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
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.security.Access;
import vn.gov.cchc.portal.security.CurrentUser;
import vn.gov.cchc.portal.security.PortalUser;
import vn.gov.cchc.portal.warning.RiskService;
import vn.gov.cchc.portal.warning.RiskSignal;
import vn.gov.cchc.portal.warning.TaskAtRisk;

/** {@code GET /api/v1/tasks/at-risk}: the tasks at risk of being late on a day, each with the conditions it meets. */
@RestController
@RequestMapping("/api/v1/tasks/at-risk")
@Tag(name = "Tasks", description = "Tasks with their status as of a date")
class RisksApi {

    private final RiskService risks;
    private final CurrentUser currentUser;
    private final Clock clock;

    RisksApi(RiskService risks, CurrentUser currentUser, Clock clock) {
        this.risks = risks;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A task at risk: its deadline in force that day and why. */
    record TaskAtRiskItem(long id, String title, long agencyId, @Nullable String agency, LocalDate deadline,
            List<Condition> conditions) {
    }

    /** One condition with its figures (percents whole, days counted on the day asked). */
    record Condition(String kind, int elapsedPercent, @Nullable Integer lastPercent, @Nullable LocalDate lastReportOn,
            long daysSilent, long daysLeft, @Nullable LocalDate eventOn) {

        static Condition of(RiskSignal signal) {
            return new Condition(signal.kind().name(), signal.elapsedPercent(), signal.lastPercent(), signal.lastReportOn(),
                    signal.daysSilent(), signal.daysLeft(), signal.eventOn());
        }
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Access.API_READ_TASKS)
    @Operation(summary = "Tasks open on a date, their deadline ahead, that meet a condition of the early-warning rule, nearest deadline first")
    List<TaskAtRiskItem> atRisk(
            @Parameter(description = "the day (default today, Vietnam time); the history is read as it stood that day")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
            @Parameter(description = "only the tasks this agency holds") @RequestParam(required = false) @Nullable Long agency) {
        LocalDate day = asOf == null ? PortalTime.today(clock) : asOf;
        Long own = currentUser.portalUser().map(PortalUser::agencyId).orElse(null);
        if (own != null && agency != null && !own.equals(agency)) {
            throw new ApiException(HttpStatus.FORBIDDEN, "api.error.otherAgency");
        }
        return risks.atRisk(day, own != null ? own : agency).stream().map(RisksApi::item).toList();
    }

    private static TaskAtRiskItem item(TaskAtRisk risk) {
        return new TaskAtRiskItem(risk.task().taskId(), risk.task().title(), risk.task().agencyId(),
                risk.task().agency() == null ? null : risk.task().agency().vi(), risk.task().deadline(),
                risk.signals().stream().map(Condition::of).toList());
    }
}
