package vn.gov.cchc.portal.api.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.cchc.portal.api.internal.ApiBodies.AgencyValuesItem;
import vn.gov.cchc.portal.api.internal.ApiBodies.IndicatorItem;
import vn.gov.cchc.portal.api.internal.ApiBodies.RoundFiguresBody;
import vn.gov.cchc.portal.api.internal.ApiBodies.TotalItem;
import vn.gov.cchc.portal.api.internal.ApiBodies.RoundItem;
import vn.gov.cchc.portal.api.internal.ApiBodies.ValueItem;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.indicator.IndicatorCatalogueService;
import vn.gov.cchc.portal.indicator.IndicatorChecks.Figure;
import vn.gov.cchc.portal.indicator.IndicatorFiguresService;
import vn.gov.cchc.portal.indicator.AgencyValues;
import vn.gov.cchc.portal.indicator.RoundFigures;
import vn.gov.cchc.portal.indicator.Total;
import vn.gov.cchc.portal.indicator.RoundSummary;
import vn.gov.cchc.portal.security.Access;
import vn.gov.cchc.portal.security.CurrentUser;
import vn.gov.cchc.portal.security.PortalUser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Comparator;

/** The indicator catalogue, the reporting rounds and each round's accepted figures. */
@RestController
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Indicators", description = "The figures agencies report each period")
class IndicatorsApi {

    private final IndicatorCatalogueService catalogue;
    private final IndicatorFiguresService figures;
    private final CurrentUser currentUser;
    private final Clock clock;

    IndicatorsApi(IndicatorCatalogueService catalogue, IndicatorFiguresService figures, CurrentUser currentUser, Clock clock) {
        this.catalogue = catalogue;
        this.figures = figures;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @GetMapping("/api/v1/indicators")
    @PreAuthorize(Access.API_READ_FIGURES)
    @Operation(summary = "The indicators in force on a day, in catalogue order")
    List<IndicatorItem> indicators(@Parameter(description = "the day (default today)")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf) {
        return catalogue.inForceOn(asOf == null ? PortalTime.today(clock) : asOf).stream().map(indicator -> new IndicatorItem(
                indicator.code(), indicator.nameVi(), indicator.nameEn(), indicator.unit().name(), indicator.byLevel(),
                indicator.groups().stream().map(Enum::name).sorted().toList(), indicator.numerator(), indicator.denominator(),
                indicator.validFrom())).toList();
    }

    @GetMapping("/api/v1/rounds")
    @PreAuthorize(Access.API_READ_FIGURES)
    @Operation(summary = "Every reporting round, the newest first")
    List<RoundItem> rounds() {
        return figures.rounds().stream().map(IndicatorsApi::round).toList();
    }

    @GetMapping("/api/v1/rounds/{id}/figures")
    @PreAuthorize(Access.API_READ_FIGURES)
    @Operation(summary = "A round's accepted figures: national totals and each agency's (a token of one agency: its own)")
    RoundFiguresBody roundFigures(@PathVariable long id) {
        RoundFigures round = figures.figures(id);
        Long own = currentUser.portalUser().map(PortalUser::agencyId).orElse(null);
        List<AgencyValues> agencies = new ArrayList<>(round.agencies());
        if (round.nationalReport() != null) {
            agencies.addFirst(round.nationalReport());
        }
        Map<String, List<TotalItem>> groups = new LinkedHashMap<>();
        round.groups().forEach((group, totals) -> groups.put(group.name(), totals(totals)));
        return new RoundFiguresBody(round(round.round()), totals(round.national()), groups,
                agencies.stream().filter(agency -> own == null || own == agency.agency().id())
                        .map(agency -> new AgencyValuesItem(agency.agency().id(), agency.agency().nameVi(),
                                agency.agency().group().name(), values(agency.values()))).toList());
    }

    private static List<TotalItem> totals(Map<Figure, Total> totals) {
        return totals.entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.comparing(Figure::code)
                        .thenComparing(Figure::level)))
                .map(entry -> new TotalItem(entry.getKey().code(), entry.getKey().level().name(), entry.getValue().value(),
                        entry.getValue().reportedBy() == null ? null : entry.getValue().reportedBy().vi(),
                        entry.getValue().reporters(), entry.getValue().asked())).toList();
    }

    private static RoundItem round(RoundSummary round) {
        return new RoundItem(round.id(), round.title(), round.kind().name(), round.from(), round.to(), round.cutoff(),
                round.deadline(), round.indicatorCodes(), round.closed());
    }

    private static List<ValueItem> values(Map<Figure, BigDecimal> values) {
        return values.entrySet().stream().map(entry -> new ValueItem(entry.getKey().code(), entry.getKey().level().name(),
                entry.getValue())).toList();
    }
}
