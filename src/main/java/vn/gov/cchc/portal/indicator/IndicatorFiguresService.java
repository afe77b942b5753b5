package vn.gov.cchc.portal.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.cchc.portal.agency.AgencyFilter;
import vn.gov.cchc.portal.agency.AgencyGroup;
import vn.gov.cchc.portal.agency.AgencyService;
import vn.gov.cchc.portal.agency.AgencySummary;
import vn.gov.cchc.portal.indicator.IndicatorChecks.Figure;
import vn.gov.cchc.portal.indicator.internal.AcceptedValues;
import vn.gov.cchc.portal.indicator.internal.ReportingRound;
import vn.gov.cchc.portal.indicator.internal.RoundRecords;
import vn.gov.cchc.portal.security.Access;
import java.util.LinkedHashMap;
import java.util.Comparator;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Accepted figures, for everyone who reads the dashboard: a round's totals and each agency's figures, with the
 * agencies as they were on the round's cut-off (a 2023 value of Bình Thuận stays Bình Thuận's). Drafts, submitted
 * and returned reports are never counted.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Access.AUTHENTICATED)
public class IndicatorFiguresService {

    private final AcceptedValues accepted;
    private final RoundRecords records;
    private final IndicatorCatalogueService catalogue;
    private final AgencyService agencies;

    IndicatorFiguresService(AcceptedValues accepted, RoundRecords records, IndicatorCatalogueService catalogue,
            AgencyService agencies) {
        this.accepted = accepted;
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
        return withChanges(accepted.series(agencyId, figure));
    }

    /** Every figure the agency has accepted values of, each as a series ({@link #series}), totals first. */
    public Map<Figure, List<SeriesPoint>> seriesOf(long agencyId) {
        Map<Figure, List<SeriesPoint>> all = new LinkedHashMap<>();
        accepted.ofAgency(agencyId).forEach((figure, points) -> all.put(figure, withChanges(points)));
        return all;
    }

    private static List<SeriesPoint> withChanges(List<AcceptedValues.Point> points) {
        List<SeriesPoint> series = new ArrayList<>();
        BigDecimal previous = null;
        for (AcceptedValues.Point point : points) {
            series.add(new SeriesPoint(point.roundId(), point.round(), point.cutoff(), point.value(),
                    previous == null ? null : point.value().subtract(previous)));
            previous = point.value();
        }
        return series;
    }

    /**
     * The accepted figures of every round whose cut-off falls in the period, the latest first (a brief's "I. Tình
     * hình chung" states each with its source and cut-off).
     */
    public List<RoundFigures> allIn(LocalDate from, LocalDate to) {
        return records.rounds().stream().filter(round -> !round.getCutoff().isBefore(from) && !round.getCutoff().isAfter(to))
                .map(round -> figures(round.getId())).toList();
    }

    /** The newest round with at least one accepted report: where the figures screen opens. */
    public Optional<RoundSummary> latestWithFigures() {
        return rounds().stream().filter(round -> round.accepted() > 0).findFirst();
    }

    public RoundFigures figures(long roundId) {
        ReportingRound round = records.round(roundId);
        List<Indicator> indicators = catalogue.inForceOn(round.getCutoff()).stream()
                .filter(indicator -> round.getIndicatorCodes().contains(indicator.code())).toList();
        Map<Long, AgencySummary> byId = new HashMap<>();
        agencies.list(AgencyFilter.all()).forEach(agency -> byId.put(agency.id(), agency));
        AgencyValues nationalReport = null;
        List<AgencyValues> figures = new ArrayList<>();
        for (Map.Entry<Long, Map<Figure, BigDecimal>> entry : accepted.ofRound(roundId).entrySet()) {
            AgencyValues values = new AgencyValues(byId.get(entry.getKey()), entry.getValue());
            if (records.isNationalReporter(values.agency())) {
                nationalReport = values;
            } else {
                figures.add(values);
            }
        }
        figures.sort(Comparator.comparing(agency -> agency.agency().nameVi()));
        Map<AgencyGroup, Integer> asked = new EnumMap<>(AgencyGroup.class);
        for (AgencyGroup group : AgencyGroup.values()) {
            asked.put(group, (int) round.getAgencyIds().stream().map(byId::get)
                    .filter(agency -> agency != null && agency.group() == group && !records.isNationalReporter(agency)).count());
        }
        Map<AgencyGroup, Map<Figure, Total>> groups = new EnumMap<>(AgencyGroup.class);
        for (AgencyGroup group : AgencyGroup.values()) {
            groups.put(group, IndicatorTotals.of(indicators, figures.stream().filter(f -> f.agency().group() == group)
                    .map(AgencyValues::values).toList(), asked.get(group)));
        }
        Map<Figure, Total> national = new HashMap<>(IndicatorTotals.of(indicators,
                figures.stream().map(AgencyValues::values).toList(), asked.values().stream().mapToInt(Integer::intValue).sum()));
        if (nationalReport != null) {
            national.putAll(IndicatorTotals.reported(indicators, nationalReport.values(), nationalReport.agency().label()));
        }
        return new RoundFigures(records.summary(round), indicators, national, groups, asked, nationalReport, figures);
    }
}
