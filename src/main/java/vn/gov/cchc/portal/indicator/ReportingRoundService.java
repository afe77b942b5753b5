package vn.gov.cchc.portal.indicator;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.cchc.portal.agency.AgencyFilter;
import vn.gov.cchc.portal.agency.AgencyService;
import vn.gov.cchc.portal.agency.AgencySummary;
import vn.gov.cchc.portal.common.Checks;
import vn.gov.cchc.portal.common.ConcurrentEditException;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.common.NotFoundException;
import vn.gov.cchc.portal.common.ValidationException;
import vn.gov.cchc.portal.indicator.internal.IndicatorReport;
import vn.gov.cchc.portal.indicator.internal.IndicatorReportRepository;
import vn.gov.cchc.portal.indicator.internal.ReportingRound;
import vn.gov.cchc.portal.indicator.internal.ReportingRoundRepository;
import vn.gov.cchc.portal.indicator.internal.RoundRecords;
import vn.gov.cchc.portal.security.Access;
import vn.gov.cchc.portal.security.CurrentUser;

/**
 * The secretariat's side of reporting rounds: opening one, following who has reported, and deciding each report —
 * accepted (frozen; with a note when its figures disagree) or returned with a reason. The figures are never changed
 * here: the checks show where they disagree, beside the figures as reported.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Access.ADMIN_OR_SECRETARIAT)
public class ReportingRoundService {

    private static final int TITLE_MAX = 255;
    private static final int TEXT_MAX = 2000;

    private final ReportingRoundRepository rounds;
    private final IndicatorReportRepository reports;
    private final RoundRecords records;
    private final IndicatorCatalogueService catalogue;
    private final AgencyService agencies;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReportingRoundService(ReportingRoundRepository rounds, IndicatorReportRepository reports, RoundRecords records,
            IndicatorCatalogueService catalogue, AgencyService agencies, CurrentUser currentUser,
            ApplicationEventPublisher events, Clock clock) {
        this.rounds = rounds;
        this.reports = reports;
        this.records = records;
        this.catalogue = catalogue;
        this.agencies = agencies;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Opens a round; returns its id. Every rule at once, on its field. */
    @Transactional
    public long open(RoundDraft draft) {
        Checks checks = new Checks().required("title", draft.title()).maxLength("title", draft.title(), TITLE_MAX)
                .required("kind", draft.kind()).required("cutoff", draft.cutoff()).required("deadline", draft.deadline());
        checks.check(draft.kind() == null || (draft.number() >= 1 && draft.number() <= draft.kind().perYear()),
                "number", "indicator.validation.periodNumber");
        checks.check(draft.cutoff() == null || draft.deadline() == null || !draft.deadline().isBefore(draft.cutoff()),
                "deadline", "indicator.validation.deadlineBeforeCutoff");
        checks.check(draft.indicatorCodes() != null && !draft.indicatorCodes().isEmpty(), "indicators",
                "indicator.validation.noIndicator");
        checks.throwIfAny();
        Map<String, Indicator> inForce = catalogue.byCode(draft.cutoff());
        Set<String> codes = new LinkedHashSet<>(draft.indicatorCodes());
        for (String code : codes) {
            checks.check(inForce.containsKey(code), "indicators", "indicator.validation.unknownIndicator", code);
        }
        checks.throwIfAny();
        List<AgencySummary> active = agencies.list(AgencyFilter.activeOn(draft.cutoff(), null));
        Set<Long> agencyIds = new LinkedHashSet<>();
        if (draft.agencyIds() == null || draft.agencyIds().isEmpty()) {
            active.stream().filter(agency -> codes.stream().anyMatch(code -> inForce.get(code).groups().contains(agency.group())))
                    .forEach(agency -> agencyIds.add(agency.id()));
        } else {
            Set<Long> activeIds = new HashSet<>();
            active.forEach(agency -> activeIds.add(agency.id()));
            for (Long id : draft.agencyIds()) {
                checks.check(activeIds.contains(id), "agencies", "indicator.validation.agencyInactive",
                        records.agency(id).nameVi(), Formats.date(draft.cutoff()));
                agencyIds.add(id);
            }
            checks.throwIfAny();
        }
        ReportingRound round = new ReportingRound(draft.title().strip(), draft.kind(), draft.year(),
                draft.kind().from(draft.year(), draft.number()), draft.kind().to(draft.year(), draft.number()),
                draft.cutoff(), draft.deadline(), codes, agencyIds, currentUser.username().orElseThrow(), clock.instant());
        return rounds.save(round).getId();
    }

    public RoundSummary round(long roundId) {
        return records.summary(records.round(roundId));
    }

    /** Each agency asked, with its latest report (or one not started), in the order of their names. */
    public List<AgencyReport> reports(long roundId) {
        ReportingRound round = records.round(roundId);
        Map<Long, IndicatorReport> latest = new HashMap<>();
        reports.findWithValues(roundId).forEach(report -> latest.putIfAbsent(report.getAgencyId(), report));
        List<AgencyReport> lines = new ArrayList<>();
        for (AgencySummary agency : agencies.list(AgencyFilter.all())) {
            if (round.getAgencyIds().contains(agency.id())) {
                IndicatorReport report = latest.get(agency.id());
                lines.add(report != null ? report.toReport(agency.label())
                        : new AgencyReport(0, roundId, agency.id(), agency.label(), 0, ReportState.NOT_STARTED,
                                List.of(), null, null, null, null, 0));
            }
        }
        lines.sort(Comparator.comparing(line -> line.agency().vi()));
        return lines;
    }

    /** Where the report's figures disagree with themselves or with the agency's accepted past. */
    public List<Disagreement> checks(long reportId) {
        IndicatorReport report = reports.findById(reportId).orElseThrow(NotFoundException::new);
        ReportingRound round = records.round(report.getRoundId());
        AgencySummary agency = records.agency(report.getAgencyId());
        return IndicatorChecks.check(records.indicators(round, agency),
                records.partition(agency, round.getCutoff()), report.values(),
                records.history(agency.id(), round.getCutoff()));
    }

    /** Accepts a submitted report: its figures are frozen. A report whose figures disagree needs a note. */
    @Transactional
    public void accept(long reportId, long version, String note) {
        IndicatorReport report = submitted(reportId, version);
        boolean disagrees = !checks(reportId).isEmpty();
        new Checks().check(!disagrees || (note != null && !note.isBlank()), "note", "indicator.validation.noteRequired")
                .maxLength("note", note, TEXT_MAX).throwIfAny();
        report.accept(note == null || note.isBlank() ? null : note.strip(), actor(), clock.instant());
        publish(ReportActivity.Type.ACCEPTED, report);
    }

    /** Returns a submitted report to the agency, with the reason; the agency can edit it again. */
    @Transactional
    public void sendBack(long reportId, long version, String reason) {
        IndicatorReport report = submitted(reportId, version);
        records.openRound(report.getRoundId());
        new Checks().required("reason", reason).maxLength("reason", reason, TEXT_MAX).throwIfAny();
        report.sendBack(reason.strip(), actor(), clock.instant());
        publish(ReportActivity.Type.RETURNED, report);
    }

    /**
     * Closes the round to the agencies: no report of its period is saved, submitted or corrected any more, and nobody
     * is reminded of it. Reports already submitted can still be accepted.
     */
    @Transactional
    public void close(long roundId, long version) {
        ReportingRound round = versioned(roundId, version);
        if (!round.isClosed()) {
            round.close(actor(), clock.instant());
        }
    }

    /** Opens a closed round to the agencies again (a late correction the secretariat agreed to). */
    @Transactional
    public void reopen(long roundId, long version) {
        versioned(roundId, version).reopen();
    }

    private ReportingRound versioned(long roundId, long version) {
        ReportingRound round = records.round(roundId);
        if (round.getVersion() != version) {
            throw new ConcurrentEditException();
        }
        return round;
    }

    private void publish(ReportActivity.Type type, IndicatorReport report) {
        events.publishEvent(new ReportActivity(type, report.getRoundId(), records.round(report.getRoundId()).getTitle(),
                report.getAgencyId(), actor()));
    }

    private String actor() {
        return currentUser.username().orElseThrow();
    }

    private IndicatorReport submitted(long reportId, long version) {
        IndicatorReport report = reports.findById(reportId).orElseThrow(NotFoundException::new);
        if (report.getVersion() != version) {
            throw new ConcurrentEditException();
        }
        if (report.getState() != ReportState.SUBMITTED) {
            throw new ValidationException(null, "indicator.validation.notSubmitted");
        }
        return report;
    }
}
