package vn.gov.cchc.portal.session;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.cchc.portal.agency.AgencyFilter;
import vn.gov.cchc.portal.agency.AgencyService;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.common.Texts;
import vn.gov.cchc.portal.common.ValidationException;
import vn.gov.cchc.portal.mail.InvitationReplied;
import vn.gov.cchc.portal.mail.MailKind;
import vn.gov.cchc.portal.mail.MailSettings;
import vn.gov.cchc.portal.mail.Outbox;
import vn.gov.cchc.portal.mail.OutgoingMail;
import vn.gov.cchc.portal.mail.ReplyAnswer;
import vn.gov.cchc.portal.mail.ReplyMailboxSettings;
import vn.gov.cchc.portal.security.Access;
import vn.gov.cchc.portal.security.CurrentUser;
import vn.gov.cchc.portal.security.Role;
import vn.gov.cchc.portal.session.internal.AttendanceEntry;
import vn.gov.cchc.portal.session.internal.AttendanceRepository;
import vn.gov.cchc.portal.user.Person;
import vn.gov.cchc.portal.user.UserDirectory;

/**
 * Invitations to a session: the committee's members and the users of every agency active on the session's day (each
 * agency's connection point, điểm cầu) receive a mail with the session as an iCalendar invitation; once invited, a
 * change of the session sends the update (the same event, a higher sequence) and a cancellation its cancel. The
 * invitees' calendars answer to the replies mailbox; each answer read there is kept, and counts as the agency's
 * attendance until the secretariat records it.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Access.ADMIN_OR_SECRETARIAT)
public class SessionInvitationService {

    static final String RELATED_TYPE = "SESSION";

    private final SessionService sessions;
    private final AgencyService agencies;
    private final UserDirectory users;
    private final Outbox outbox;
    private final MailSettings settings;
    private final JdbcTemplate jdbc;
    private final ReplyMailboxSettings replies;
    private final AttendanceRepository attendance;
    private final CurrentUser currentUser;
    private final Clock clock;

    SessionInvitationService(SessionService sessions, AgencyService agencies, UserDirectory users, Outbox outbox,
            MailSettings settings, ReplyMailboxSettings replies, AttendanceRepository attendance, JdbcTemplate jdbc,
            CurrentUser currentUser, Clock clock) {
        this.sessions = sessions;
        this.agencies = agencies;
        this.users = users;
        this.outbox = outbox;
        this.settings = settings;
        this.replies = replies;
        this.attendance = attendance;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The latest answer of each invitee who answered, the earliest first. */
    @PreAuthorize(Access.AUTHENTICATED)
    public List<InvitationReply> replies(long sessionId) {
        return jdbc.query("""
                SELECT username, agency_id, answer, replied_at FROM session_invitation_reply
                WHERE session_id = ? ORDER BY replied_at, username""", (rs, n) -> new InvitationReply(rs.getString("username"),
                rs.getObject("agency_id", Long.class), ReplyAnswer.valueOf(rs.getString("answer")),
                rs.getTimestamp("replied_at").toInstant()), sessionId);
    }

    /**
     * An invitee's calendar answered (read from the replies mailbox): the answer is kept as the invitee's latest; an
     * agency user's acceptance or refusal also records the agency present or absent while the session is planned and
     * the secretariat has recorded nothing for the agency (what the secretariat records stands). An answer to another
     * calendar, or from an address no user has, is left aside.
     */
    @EventListener
    @Transactional
    @PreAuthorize(Access.AUTHENTICATED)
    public void on(InvitationReplied reply) {
        Optional<Long> sessionId = SessionCalendar.sessionId(reply.uid());
        Optional<Person> person = users.byEmail(reply.attendee());
        if (sessionId.isEmpty() || person.isEmpty() || sentSequence(sessionId.get()).isEmpty()) {
            return;
        }
        Long agencyId = person.get().agencyId();
        jdbc.update("""
                INSERT INTO session_invitation_reply (session_id, username, agency_id, answer, replied_at) VALUES (?, ?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE agency_id = VALUES(agency_id), answer = VALUES(answer), replied_at = VALUES(replied_at)""",
                sessionId.get(), person.get().username(), agencyId, reply.answer().name(), Timestamp.from(reply.receivedAt()));
        SessionDetails session = sessions.get(sessionId.get());
        if (agencyId == null || reply.answer() == ReplyAnswer.TENTATIVE || session.status() != SessionStatus.PLANNED
                || agencies.list(AgencyFilter.activeOn(session.sessionDate(), null)).stream().noneMatch(a -> a.id() == agencyId)
                || attendance.findBySessionId(session.id()).stream().anyMatch(entry -> entry.getAgencyId() == agencyId)) {
            return;
        }
        AttendanceEntry entry = new AttendanceEntry(session.id(), agencyId);
        entry.record(new AttendanceChange(agencyId, reply.answer() == ReplyAnswer.ACCEPTED ? AttendanceStatus.PRESENT
                : AttendanceStatus.ABSENT, null, null, false));
        attendance.save(entry);
    }

    /** The sequence of the invitation last sent for the session, if invitations were sent. */
    public Optional<Integer> sentSequence(long sessionId) {
        return jdbc.queryForList("SELECT sequence FROM session_invitation WHERE session_id = ?", Integer.class, sessionId)
                .stream().findFirst();
    }

    /** Sends the invitations (again, as an update, when they were sent before); returns how many mails were queued. */
    @Transactional
    public int invite(long sessionId) {
        SessionDetails session = sessions.get(sessionId);
        if (session.status() != SessionStatus.PLANNED) {
            throw new ValidationException(null, "session.lifecycle.notPlanned");
        }
        return send(session, next(sessionId), false);
    }

    /** A change of an invited session sends its update; its cancellation sends the cancel. */
    @EventListener
    @Transactional
    @PreAuthorize(Access.AUTHENTICATED)
    public void on(SessionChanged change) {
        if (sentSequence(change.sessionId()).isPresent()) {
            send(sessions.get(change.sessionId()), next(change.sessionId()), change.cancelled());
        }
    }

    private int next(long sessionId) {
        Optional<Integer> sent = sentSequence(sessionId);
        String actor = currentUser.username().orElseThrow();
        if (sent.isEmpty()) {
            jdbc.update("INSERT INTO session_invitation (session_id, sequence, sent_by, sent_at) VALUES (?, 0, ?, ?)", sessionId, actor,
                    Timestamp.from(clock.instant()));
            return 0;
        }
        jdbc.update("UPDATE session_invitation SET sequence = sequence + 1, sent_by = ?, sent_at = ? WHERE session_id = ?", actor,
                Timestamp.from(clock.instant()), sessionId);
        return sent.get() + 1;
    }

    private int send(SessionDetails session, int sequence, boolean cancel) {
        Set<String> invitees = invitees(session.sessionDate());
        Map<String, String> emails = users.emails(invitees);
        Map<String, Locale> languages = users.languages(invitees);
        String link = settings.baseUrl() + "/" + SessionLinks.session(session.id());
        Map<Locale, Invitation> byLanguage = new HashMap<>();
        for (String invitee : invitees) {
            // each invitee's calendar names them as the attendee who answers, to the replies mailbox as organiser; an
            // invitee without an address is recorded in the outbox as not reached
            Invitation invitation = byLanguage.computeIfAbsent(languages.getOrDefault(invitee, Texts.VIETNAMESE),
                    language -> Invitation.of(session, sequence, cancel, link, language));
            String email = emails.getOrDefault(invitee, "");
            String calendar = email.isEmpty() ? null
                    : SessionCalendar.invitation(session, sequence, cancel, replies.address(), email, invitation.where(), clock.instant());
            outbox.queue(new OutgoingMail(email, invitee, invitation.subject(), invitation.text(), null, MailKind.INVITATION,
                    RELATED_TYPE, session.id(), calendar));
        }
        return invitees.size();
    }

    /** An invitation's texts in one language. */
    private record Invitation(String subject, String text, String where) {

        static Invitation of(SessionDetails session, int sequence, boolean cancel, String link, Locale language) {
            String when = Formats.DATE_TIME.format(session.details().startsAt());
            String form = Texts.get(language, session.details().form().messageKey());
            String where = session.details().hostLocation() == null || session.details().hostLocation().isBlank() ? form
                    : session.details().hostLocation() + " (" + form + ")";
            String what = cancel ? "cancel" : sequence == 0 ? "new" : "update";
            return new Invitation(Texts.get(language, "session.invitation.subject." + what, session.title(), when),
                    Texts.get(language, "session.invitation.body." + what, session.title(), when, where, link), where);
        }
    }

    /** The committee's members and the users of every agency active on the day. */
    private Set<String> invitees(LocalDate day) {
        Set<String> invitees = new LinkedHashSet<>(users.usernamesWithRole(Role.COMMITTEE_MEMBER));
        agencies.list(AgencyFilter.activeOn(day, null)).forEach(agency -> invitees.addAll(users.usernamesOfAgency(agency.id())));
        return invitees;
    }
}
