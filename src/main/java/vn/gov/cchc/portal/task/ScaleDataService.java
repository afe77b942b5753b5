package vn.gov.cchc.portal.task;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.cchc.portal.agency.AgencyFilter;
import vn.gov.cchc.portal.agency.AgencyService;
import vn.gov.cchc.portal.agency.AgencySummary;
import vn.gov.cchc.portal.common.NotFoundException;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.security.Access;
import vn.gov.cchc.portal.session.SessionFilter;
import vn.gov.cchc.portal.session.SessionService;
import vn.gov.cchc.portal.session.SessionSummary;
import vn.gov.cchc.portal.task.internal.PlannedTask;
import vn.gov.cchc.portal.task.internal.TaskGenerator;

/**
 * Generated tasks at scale (benchmarks, trying the portal at size), and tasks recorded after the fact with their
 * past (demo data typed in as it happened). Administrators only.
 */
@Service
@Transactional(propagation = Propagation.NEVER)
@PreAuthorize(Access.ADMIN)
public class ScaleDataService {

    private static final int PLAN_PERCENT = 90;

    private final TaskGenerator generator;
    private final AgencyService agencies;
    private final SessionService sessions;
    private final Clock clock;

    ScaleDataService(TaskGenerator generator, AgencyService agencies, SessionService sessions, Clock clock) {
        this.generator = generator;
        this.agencies = agencies;
        this.sessions = sessions;
        this.clock = clock;
    }

    /**
     * Adds {@code count} tasks assigned from 2023 to yesterday, each batch in its own transaction: nine in ten of
     * their agencies' plans of the year, as in a real year (thousands planned, a few hundred from other sources).
     */
    public int generate(int count, long seed) {
        LocalDate today = PortalTime.today(clock);
        List<Long> sessionIds = sessions.list(SessionFilter.all()).stream().map(SessionSummary::id).toList();
        return generator.generate(count, seed, agencies.list(AgencyFilter.all()), sessionIds, LocalDate.of(2023, 1, 1),
                today.minusDays(1), today, PLAN_PERCENT);
    }

    /**
     * Records a task as it happened: assigned by the document on its date, reported done by the agency on
     * {@code proposedOn} and confirmed by the secretariat on {@code confirmedOn}. Returns its id.
     */
    public long recordCompleted(TaskAssignment assignment, long leadAgencyId, LocalDate proposedOn, LocalDate confirmedOn) {
        AgencySummary lead = agencies.list(AgencyFilter.all()).stream().filter(a -> a.id() == leadAgencyId).findFirst()
                .orElseThrow(NotFoundException::new);
        PlannedTask task = new PlannedTask(new PlannedTask.Document(assignment.docNumber(), assignment.docDate(),
                assignment.docSigner(), assignment.docExcerpt()), assignment.title(), assignment.area(), lead,
                assignment.assignedOn(), assignment.deadline(), null, List.of(
                        TimelineEvent.of(TaskEventType.COMPLETION_PROPOSED, proposedOn),
                        TimelineEvent.of(TaskEventType.COMPLETION_CONFIRMED, confirmedOn)));
        return generator.insertOne(task, PortalTime.today(clock));
    }
}
