package vn.gov.cchc.portal.session;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.cchc.portal.common.Checks;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.common.ValidationException;
import vn.gov.cchc.portal.security.Access;
import vn.gov.cchc.portal.session.internal.CommitteeSession;
import vn.gov.cchc.portal.session.internal.SessionRepository;
import vn.gov.cchc.portal.session.internal.Sessions;

/**
 * Sessions and their lifecycle: planned → held → concluded, or planned → cancelled. Everyone signed in reads;
 * the secretariat and administrators change.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Access.AUTHENTICATED)
public class SessionService {

    private final SessionRepository repository;
    private final Sessions sessions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SessionService(SessionRepository repository, Sessions sessions, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.sessions = sessions;
        this.events = events;
        this.clock = clock;
    }

    /** Newest first. */
    public List<SessionSummary> list(SessionFilter filter) {
        LocalDateTime from = filter.year() == null ? null : LocalDateTime.of(filter.year(), 1, 1, 0, 0);
        LocalDateTime to = from == null ? null : from.plusYears(1);
        return repository.search(from, to, filter.status()).stream().map(CommitteeSession::toSummary).toList();
    }

    /** The next session not yet held: planned, starting now or later; empty when none is planned. */
    public Optional<SessionSummary> next() {
        LocalDateTime now = LocalDateTime.now(clock.withZone(PortalTime.ZONE));
        return repository.search(null, null, SessionStatus.PLANNED).stream().map(CommitteeSession::toSummary)
                .filter(s -> !s.startsAt().isBefore(now)).min(Comparator.comparing(SessionSummary::startsAt));
    }

    public List<Integer> years() {
        return repository.years();
    }

    public SessionDetails get(long id) {
        return sessions.require(id).toDetails();
    }

    @Transactional
    @PreAuthorize(Access.ADMIN_OR_SECRETARIAT)
    public SessionDetails create(SessionDraft draft) {
        validate(draft);
        if (repository.existsByTermAndNumber(draft.term().strip(), draft.number())) {
            throw new ValidationException("number", "session.validation.numberTaken", draft.number(), draft.term());
        }
        SessionDetails created = repository.saveAndFlush(new CommitteeSession(draft)).toDetails();
        events.publishEvent(new SessionContentChanged(created.id()));
        return created;
    }

    @Transactional
    @PreAuthorize(Access.ADMIN_OR_SECRETARIAT)
    public SessionDetails update(long id, long version, SessionDraft draft) {
        CommitteeSession session = sessions.require(id, version);
        validate(draft);
        if (repository.existsByTermAndNumberAndIdNot(draft.term().strip(), draft.number(), id)) {
            throw new ValidationException("number", "session.validation.numberTaken", draft.number(), draft.term());
        }
        session.describe(draft);
        repository.flush();
        events.publishEvent(new SessionChanged(id, false));
        events.publishEvent(new SessionContentChanged(id));
        return session.toDetails();
    }

    @Transactional
    @PreAuthorize(Access.ADMIN_OR_SECRETARIAT)
    public SessionDetails markHeld(long id, long version) {
        CommitteeSession session = sessions.require(id, version);
        if (session.getStatus() != SessionStatus.PLANNED) {
            throw new ValidationException(null, "session.lifecycle.notPlanned");
        }
        if (session.getStartsAt().toLocalDate().isAfter(PortalTime.today(clock))) {
            throw new ValidationException(null, "session.lifecycle.notYetHeld");
        }
        session.markHeld();
        repository.flush();
        return session.toDetails();
    }

    /** Issues the conclusion notice; only a session that was held can be concluded. */
    @Transactional
    @PreAuthorize(Access.ADMIN_OR_SECRETARIAT)
    public SessionDetails conclude(long id, long version, ConclusionNotice notice) {
        CommitteeSession session = sessions.require(id, version);
        if (session.getStatus() != SessionStatus.HELD) {
            throw new ValidationException(null, "session.lifecycle.notHeld");
        }
        validate(notice, session);
        session.conclude(notice);
        repository.flush();
        events.publishEvent(new SessionConcluded(id));
        return session.toDetails();
    }

    /** Corrects the notice of a concluded session (a typo in the number, the signer). */
    @Transactional
    @PreAuthorize(Access.ADMIN_OR_SECRETARIAT)
    public SessionDetails correctNotice(long id, long version, ConclusionNotice notice) {
        CommitteeSession session = sessions.require(id, version);
        if (session.getStatus() != SessionStatus.CONCLUDED) {
            throw new ValidationException(null, "session.lifecycle.notConcluded");
        }
        validate(notice, session);
        session.recordNotice(notice);
        repository.flush();
        return session.toDetails();
    }

    @Transactional
    @PreAuthorize(Access.ADMIN_OR_SECRETARIAT)
    public SessionDetails cancel(long id, long version, String reason) {
        CommitteeSession session = sessions.require(id, version);
        if (session.getStatus() != SessionStatus.PLANNED) {
            throw new ValidationException(null, "session.lifecycle.notPlanned");
        }
        if (reason == null || reason.isBlank()) {
            throw new ValidationException("reason", "validation.reasonRequired");
        }
        session.cancel(reason);
        repository.flush();
        events.publishEvent(new SessionChanged(id, true));
        events.publishEvent(new SessionContentChanged(id));
        return session.toDetails();
    }

    /** Every rule of the session form at once; the limits are the columns' (V4). */
    private static void validate(SessionDraft draft) {
        new Checks()
                .required("term", draft.term()).maxLength("term", draft.term(), 16)
                .check(draft.number() != null && draft.number() >= 1, "number", "session.validation.number")
                .required("title", draft.title()).maxLength("title", draft.title(), 500)
                .required("kind", draft.kind())
                .required("startsAt", draft.startsAt())
                .required("form", draft.form())
                .maxLength("chair", draft.chair(), 255)
                .maxLength("hostLocation", draft.hostLocation(), 255)
                .check(draft.periodFrom() == null || draft.periodTo() == null || !draft.periodTo().isBefore(draft.periodFrom()),
                        "periodTo", "session.validation.periodEndBeforeStart")
                .check(draft.cutoffDate() == null || draft.startsAt() == null
                        || !draft.cutoffDate().isAfter(draft.startsAt().toLocalDate()),
                        "cutoffDate", "session.validation.cutoffAfterSession")
                .throwIfAny();
    }

    private static void validate(ConclusionNotice notice, CommitteeSession session) {
        if (notice.number() == null || notice.number().isBlank()) {
            throw new ValidationException("noticeNumber", "validation.required");
        }
        if (notice.date() == null) {
            throw new ValidationException("noticeDate", "validation.required");
        }
        if (notice.date().isBefore(session.getStartsAt().toLocalDate())) {
            throw new ValidationException("noticeDate", "session.validation.noticeBeforeSession");
        }
        if (notice.signer() == null || notice.signer().isBlank()) {
            throw new ValidationException("noticeSigner", "validation.required");
        }
    }
}
