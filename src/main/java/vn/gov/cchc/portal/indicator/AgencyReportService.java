package vn.gov.cchc.portal.indicator;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.cchc.portal.agency.AgencySummary;
import vn.gov.cchc.portal.common.Checks;
import vn.gov.cchc.portal.common.ConcurrentEditException;
import vn.gov.cchc.portal.common.NotFoundException;
import vn.gov.cchc.portal.common.ValidationException;
import vn.gov.cchc.portal.indicator.internal.IndicatorReport;
import vn.gov.cchc.portal.indicator.internal.IndicatorReportRepository;
import vn.gov.cchc.portal.indicator.internal.ReportingRound;
import vn.gov.cchc.portal.indicator.internal.ReportingRoundRepository;
import vn.gov.cchc.portal.indicator.internal.RoundRecords;
import vn.gov.cchc.portal.security.Access;
import vn.gov.cchc.portal.security.CurrentUser;
import vn.gov.cchc.portal.security.PortalUser;

/**
 * An agency's side of reporting rounds, always its own agency's: officers and leaders fill in the draft, the leader
 * submits it; a returned report is edited and submitted again; an accepted one is corrected only by a new revision
 * with a reason. A round the agency was not asked for is "not found".
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Access.AGENCY_USERS)
public class AgencyReportService {

    private static final int TEXT_MAX = 2000;

    private final ReportingRoundRepository rounds;
    private final IndicatorReportRepository reports;
    private final RoundRecords records;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AgencyReportService(ReportingRoundRepository rounds, IndicatorReportRepository reports, RoundRecords records,
            CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.rounds = rounds;
        this.reports = reports;
        this.records = records;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** The rounds the agency was asked for, newest first. */
    public List<RoundSummary> myRounds() {
        return rounds.findForAgency(ownAgency()).stream().map(records::summary).toList();
    }

    public ReportForm form(long roundId) {
        ReportingRound round = ownRound(roundId);
        AgencySummary agency = records.agency(ownAgency());
        Map<IndicatorChecks.Figure, BigDecimal> previous = new HashMap<>();
        records.history(agency.id(), round.getCutoff()).forEach((figure, values) -> previous.put(figure, values.getFirst()));
        return new ReportForm(records.summary(round), List.copyOf(records.indicators(round, agency).values()),
                records.levels(agency, round.getCutoff()), previous, report(round, agency));
    }

    /**
     * Saves the draft (the first save starts it; a returned report becomes a draft again). A submitted or accepted
     * report is closed to changes.
     */
    @Transactional
    public AgencyReport save(long roundId, long version, List<ReportedValue> values) {
        ReportingRound round = ownOpenRound(roundId);
        AgencySummary agency = records.agency(ownAgency());
        records.validate(records.indicators(round, agency), records.levels(agency, round.getCutoff()), values);
        IndicatorReport report = records.latest(roundId, agency.id()).orElse(null);
        if (report == null) {
            report = reports.save(new IndicatorReport(roundId, agency.id(), 1, null, values, actor(), clock.instant()));
        } else {
            requireVersion(report, version);
            if (!report.getState().editable()) {
                throw new ValidationException(null, "indicator.validation.closed");
            }
            report.write(values, actor(), clock.instant());
        }
        return reports.saveAndFlush(report).toReport(agency.label());
    }

    /** The leader submits the draft to the secretariat. */
    @Transactional
    @PreAuthorize(Access.AGENCY_LEADERS)
    public AgencyReport submit(long roundId, long version) {
        ReportingRound round = ownOpenRound(roundId);
        AgencySummary agency = records.agency(ownAgency());
        IndicatorReport report = records.latest(round.getId(), agency.id())
                .orElseThrow(() -> new ValidationException(null, "indicator.validation.nothingToSubmit"));
        requireVersion(report, version);
        if (report.getState() != ReportState.DRAFT) {
            throw new ValidationException(null, "indicator.validation.closed");
        }
        if (report.values().isEmpty()) {
            throw new ValidationException(null, "indicator.validation.nothingToSubmit");
        }
        report.submit(actor(), clock.instant());
        events.publishEvent(new ReportActivity(ReportActivity.Type.SUBMITTED, round.getId(), round.getTitle(), agency.id(), actor()));
        return reports.saveAndFlush(report).toReport(agency.label());
    }

    /** Starts a correction of an accepted report: a new revision, a draft with the accepted values, and why. */
    @Transactional
    public AgencyReport correct(long roundId, String reason) {
        ReportingRound round = ownOpenRound(roundId);
        AgencySummary agency = records.agency(ownAgency());
        new Checks().required("reason", reason).maxLength("reason", reason, TEXT_MAX).throwIfAny();
        IndicatorReport accepted = records.latest(round.getId(), agency.id())
                .filter(report -> report.getState() == ReportState.ACCEPTED)
                .orElseThrow(() -> new ValidationException(null, "indicator.validation.notAccepted"));
        IndicatorReport correction = new IndicatorReport(round.getId(), agency.id(), accepted.getRevision() + 1,
                reason.strip(), accepted.values(), actor(), clock.instant());
        return reports.saveAndFlush(correction).toReport(agency.label());
    }

    private AgencyReport report(ReportingRound round, AgencySummary agency) {
        return records.latest(round.getId(), agency.id()).map(report -> report.toReport(agency.label()))
                .orElse(new AgencyReport(0, round.getId(), agency.id(), agency.label(), 0, ReportState.NOT_STARTED,
                        List.of(), null, null, null, null, 0));
    }

    private ReportingRound ownRound(long roundId) {
        ReportingRound round = records.round(roundId);
        if (!round.getAgencyIds().contains(ownAgency())) {
            throw new NotFoundException();
        }
        return round;
    }

    private ReportingRound ownOpenRound(long roundId) {
        ownRound(roundId);
        return records.openRound(roundId);
    }

    private static void requireVersion(IndicatorReport report, long version) {
        if (report.getVersion() != version) {
            throw new ConcurrentEditException();
        }
    }

    private long ownAgency() {
        return currentUser.portalUser().map(PortalUser::agencyId).orElseThrow(NotFoundException::new);
    }

    private String actor() {
        return currentUser.username().orElseThrow();
    }
}
