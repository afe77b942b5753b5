package vn.gov.cchc.portal.indicator.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.gov.cchc.portal.agency.AgencyFilter;
import vn.gov.cchc.portal.agency.AgencyGroup;
import vn.gov.cchc.portal.agency.AgencyService;
import vn.gov.cchc.portal.agency.AgencySummary;
import vn.gov.cchc.portal.common.Checks;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.common.NotFoundException;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.common.ValidationException;
import vn.gov.cchc.portal.indicator.Indicator;
import vn.gov.cchc.portal.indicator.IndicatorCatalogueService;
import vn.gov.cchc.portal.indicator.IndicatorChecks;
import vn.gov.cchc.portal.indicator.IndicatorLevel;
import vn.gov.cchc.portal.indicator.IndicatorSettings;
import vn.gov.cchc.portal.indicator.IndicatorUnit;
import vn.gov.cchc.portal.indicator.ReportState;
import vn.gov.cchc.portal.indicator.ReportedValue;
import vn.gov.cchc.portal.indicator.RoundSummary;

/**
 * What the round services share: a round's indicators for an agency, the agency's history, the rules a value must
 * meet, and a round as lists show it.
 */
@Component
public class RoundRecords {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ReportingRoundRepository rounds;
    private final IndicatorReportRepository reports;
    private final IndicatorCatalogueService catalogue;
    private final AgencyService agencies;
    private final IndicatorSettings settings;

    RoundRecords(ReportingRoundRepository rounds, IndicatorReportRepository reports, IndicatorCatalogueService catalogue,
            AgencyService agencies, IndicatorSettings settings) {
        this.settings = settings;
        this.rounds = rounds;
        this.reports = reports;
        this.catalogue = catalogue;
        this.agencies = agencies;
    }

    /** Every round, newest first. */
    public List<ReportingRound> rounds() {
        return rounds.findNewestFirst();
    }

    public ReportingRound round(long id) {
        return rounds.findById(id).orElseThrow(NotFoundException::new);
    }

    /** The round, refused when the secretariat has closed it: nothing of a closed period changes. */
    public ReportingRound openRound(long id) {
        ReportingRound round = round(id);
        if (round.isClosed()) {
            throw new ValidationException(null, "indicator.validation.roundClosed",
                    Formats.date(LocalDate.ofInstant(round.getClosedAt(),
                            PortalTime.ZONE)));
        }
        return round;
    }

    public AgencySummary agency(long id) {
        return agencies.list(AgencyFilter.all()).stream().filter(a -> a.id() == id).findFirst().orElseThrow(NotFoundException::new);
    }

    /**
     * The round's indicators the agency reports, as the catalogue stood on the cut-off, in its order: those of its
     * group, or all of them for the national reporter.
     */
    public Map<String, Indicator> indicators(ReportingRound round, AgencySummary agency) {
        boolean national = isNationalReporter(agency);
        Map<String, Indicator> byCode = new LinkedHashMap<>();
        catalogue.inForceOn(round.getCutoff()).stream()
                .filter(indicator -> round.getIndicatorCodes().contains(indicator.code())
                        && (national || indicator.groups().contains(agency.group())))
                .forEach(indicator -> byCode.put(indicator.code(), indicator));
        return byCode;
    }

    /** The levels the agency gives its figures at: its group's, or every national level for the national reporter. */
    public List<IndicatorLevel> levels(AgencySummary agency, LocalDate cutoff) {
        return isNationalReporter(agency) ? IndicatorLevel.national(cutoff) : IndicatorLevel.of(agency.group(), cutoff);
    }

    /** The levels that must add up to the total: none for the national reporter, whose levels overlap. */
    public List<IndicatorLevel> partition(AgencySummary agency, LocalDate cutoff) {
        return isNationalReporter(agency) ? List.of() : IndicatorLevel.of(agency.group(), cutoff);
    }

    public boolean isNationalReporter(AgencySummary agency) {
        return agency.code().equals(settings.nationalReporter());
    }

    /** The agency's latest revision of the round's report, if it started one. */
    public Optional<IndicatorReport> latest(long roundId, long agencyId) {
        return reports.findByRoundIdAndAgencyIdOrderByRevisionDesc(roundId, agencyId).stream().findFirst();
    }

    /** The accepted values of the agency's earlier rounds, newest first, per figure (the latest revision of each). */
    public Map<IndicatorChecks.Figure, List<BigDecimal>> history(long agencyId, LocalDate before) {
        Map<IndicatorChecks.Figure, List<BigDecimal>> history = new LinkedHashMap<>();
        Set<Long> seenRounds = new HashSet<>();
        for (IndicatorReport report : reports.findAcceptedBefore(agencyId, before)) {
            if (seenRounds.add(report.getRoundId())) {
                for (ReportedValue value : report.values()) {
                    history.computeIfAbsent(new IndicatorChecks.Figure(value.code(), value.level()), f -> new ArrayList<>())
                            .add(value.value());
                }
            }
        }
        return history;
    }

    /**
     * Every rule of a report's values at once, each on its figure's field ("code/LEVEL"): a known indicator of the
     * round, a level of the agency's group (or the total), no negative value, no rate above 100 %.
     */
    public void validate(Map<String, Indicator> indicators, List<IndicatorLevel> levels, List<ReportedValue> values) {
        Checks checks = new Checks();
        for (ReportedValue value : values) {
            String field = value.code() + "/" + value.level();
            Indicator indicator = indicators.get(value.code());
            checks.check(indicator != null, field, "indicator.validation.notInRound", value.code());
            if (indicator == null) {
                continue;
            }
            checks.check(value.level() == IndicatorLevel.TOTAL || (indicator.byLevel() && levels.contains(value.level())),
                    field, "indicator.validation.level");
            checks.check(value.value().signum() >= 0, field, "indicator.validation.negative");
            checks.check(indicator.unit() != IndicatorUnit.PERCENT || value.value().compareTo(HUNDRED) <= 0, field,
                    "indicator.validation.rateAbove100");
        }
        checks.throwIfAny();
    }

    public RoundSummary summary(ReportingRound round) {
        long submitted = 0;
        long accepted = 0;
        Set<Long> counted = new HashSet<>();
        for (Object[] state : reports.findStates(round.getId())) {
            if (counted.add((Long) state[0])) {
                switch ((ReportState) state[1]) {
                    case SUBMITTED -> submitted++;
                    case ACCEPTED -> accepted++;
                    default -> { }
                }
            }
        }
        return new RoundSummary(round.getId(), round.getTitle(), round.getKind(), round.getFrom(), round.getTo(),
                round.getCutoff(), round.getDeadline(), List.copyOf(round.getIndicatorCodes()), round.getAgencyIds().size(),
                submitted, accepted, round.getClosedAt() == null ? null
                        : LocalDate.ofInstant(round.getClosedAt(), PortalTime.ZONE),
                round.getVersion());
    }
}
