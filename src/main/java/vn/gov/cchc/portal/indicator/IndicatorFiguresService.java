package vn.gov.cchc.portal.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.cchc.portal.agency.AgencyFilter;
import vn.gov.cchc.portal.agency.AgencyGroup;
import vn.gov.cchc.portal.agency.AgencyService;
import vn.gov.cchc.portal.agency.AgencySummary;
import vn.gov.cchc.portal.indicator.IndicatorChecks.Figure;
import vn.gov.cchc.portal.indicator.internal.IndicatorReport;
import vn.gov.cchc.portal.indicator.internal.IndicatorReportRepository;
import vn.gov.cchc.portal.indicator.internal.ReportingRound;
import vn.gov.cchc.portal.indicator.internal.RoundRecords;
import vn.gov.cchc.portal.security.Access;

/**
 * Accepted figures, for everyone who reads the dashboard: a round's totals and each agency's figures, with the
 * agencies as they were on the round's cut-off (a 2023 value of Bình Thuận stays Bình Thuận's). Drafts, submitted
 * and returned reports are never counted.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Access.AUTHENTICATED)
public class IndicatorFiguresService {

    private final IndicatorReportRepository reports;
    private final RoundRecords records;
    private final IndicatorCatalogueService catalogue;
    private final AgencyService agencies;

    IndicatorFiguresService(IndicatorReportRepository reports, RoundRecords records, IndicatorCatalogueService catalogue,
            AgencyService agencies) {
        this.reports = reports;
        this.records = records;
        this.catalogue = catalogue;
        this.agencies = agencies;
    }

    /** Every round, newest first: the periods whose figures can be read. */
    public List<RoundSummary> rounds() {
        return records.rounds().stream().map(records::summary).toList();
    }

    /**
     * An agency's accepted value of a figure round after round, in the order of the rounds' cut-offs, with the
     * change from the point before (the agency as it was: a merged agency's series ends at its merge).
     */
    public List<SeriesPoint> series(long agencyId, Figure figure) {
        Map<Long, BigDecimal> byRound = new HashMap<>();
        for (IndicatorReport report : reports.findByAgencyIdAndStateOrderByRoundIdAscRevisionDesc(agencyId, ReportState.ACCEPTED)) {
            if (!byRound.containsKey(report.getRoundId())) {
                report.values().stream().filter(value -> value.code().equals(figure.code()) && value.level() == figure.level())
                        .findFirst().ifPresent(value -> byRound.put(report.getRoundId(), value.value()));
            }
        }
        List<SeriesPoint> series = new ArrayList<>();
        BigDecimal previous = null;
        for (ReportingRound round : records.rounds().reversed()) {
            BigDecimal value = byRound.get(round.getId());
            if (value != null) {
                series.add(new SeriesPoint(records.summary(round), value, previous == null ? null : value.subtract(previous)));
                previous = value;
            }
        }
        return series;
    }

    /**
     * The accepted figures of the latest round whose cut-off falls in the period (a brief's "I. Tình hình chung"),
     * if there is one.
     */
    public java.util.Optional<RoundFigures> latestIn(java.time.LocalDate from, java.time.LocalDate to) {
        return records.rounds().stream().filter(round -> !round.getCutoff().isBefore(from) && !round.getCutoff().isAfter(to))
                .findFirst().map(round -> figures(round.getId()));
    }

    public RoundFigures figures(long roundId) {
        ReportingRound round = records.round(roundId);
        List<Indicator> indicators = catalogue.inForceOn(round.getCutoff()).stream()
                .filter(indicator -> round.getIndicatorCodes().contains(indicator.code())).toList();
        Map<Long, AgencySummary> byId = new HashMap<>();
        agencies.list(AgencyFilter.all()).forEach(agency -> byId.put(agency.id(), agency));
        List<AgencyValues> figures = new ArrayList<>();
        Set<Long> counted = new HashSet<>();
        // revisions come newest first: the first accepted one of each agency is its figure
        for (IndicatorReport report : reports.findByRoundIdOrderByAgencyIdAscRevisionDesc(roundId)) {
            if (report.getState() == ReportState.ACCEPTED && counted.add(report.getAgencyId())) {
                Map<Figure, BigDecimal> values = new HashMap<>();
                report.values().forEach(value -> values.put(new Figure(value.code(), value.level()), value.value()));
                figures.add(new AgencyValues(byId.get(report.getAgencyId()), values));
            }
        }
        figures.sort(java.util.Comparator.comparing(agency -> agency.agency().nameVi()));
        Map<AgencyGroup, Map<Figure, BigDecimal>> groups = new EnumMap<>(AgencyGroup.class);
        for (AgencyGroup group : AgencyGroup.values()) {
            groups.put(group, IndicatorTotals.of(indicators, figures.stream().filter(f -> f.agency().group() == group)
                    .map(AgencyValues::values).toList()));
        }
        return new RoundFigures(records.summary(round), indicators,
                IndicatorTotals.of(indicators, figures.stream().map(AgencyValues::values).toList()), groups, figures);
    }
}
