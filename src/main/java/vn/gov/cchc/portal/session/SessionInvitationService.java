package vn.gov.cchc.portal.session;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
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
import vn.gov.cchc.portal.mail.MailKind;
import vn.gov.cchc.portal.mail.MailSettings;
import vn.gov.cchc.portal.mail.Outbox;
import vn.gov.cchc.portal.mail.OutgoingMail;
import vn.gov.cchc.portal.security.Access;
import vn.gov.cchc.portal.security.CurrentUser;
import vn.gov.cchc.portal.security.Role;
import vn.gov.cchc.portal.user.UserDirectory;

/**
 * Invitations to a session: the committee's members and the users of every agency active on the session's day (each
 * agency's connection point, điểm cầu) receive a mail with the session as an iCalendar invitation; once invited, a
 * change of the session sends the update (the same event, a higher sequence) and a cancellation its cancel.
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
    private final CurrentUser currentUser;
    private final Clock clock;

    SessionInvitationService(SessionService sessions, AgencyService agencies, UserDirectory users, Outbox outbox,
            MailSettings settings, JdbcTemplate jdbc, CurrentUser currentUser, Clock clock) {
        this.sessions = sessions;
        this.agencies = agencies;
        this.users = users;
        this.outbox = outbox;
        this.settings = settings;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
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
                    java.sql.Timestamp.from(clock.instant()));
            return 0;
        }
        jdbc.update("UPDATE session_invitation SET sequence = sequence + 1, sent_by = ?, sent_at = ? WHERE session_id = ?", actor,
                java.sql.Timestamp.from(clock.instant()), sessionId);
        return sent.get() + 1;
    }

    private int send(SessionDetails session, int sequence, boolean cancel) {
        Map<String, String> emails = users.emails(invitees(session.sessionDate()));
        String when = Formats.DATE_TIME.format(session.details().startsAt());
        String where = session.details().hostLocation() == null || session.details().hostLocation().isBlank()
                ? Texts.get(Texts.VIETNAMESE, session.details().form().messageKey())
                : session.details().hostLocation() + " (" + Texts.get(Texts.VIETNAMESE, session.details().form().messageKey()) + ")";
        String what = cancel ? "cancel" : sequence == 0 ? "new" : "update";
        String subject = Texts.get(Texts.VIETNAMESE, "session.invitation.subject." + what, session.title(), when);
        String link = settings.baseUrl() + "/" + SessionLinks.session(session.id());
        String text = Texts.get(Texts.VIETNAMESE, "session.invitation.body." + what, session.title(), when, where, link);
        String calendar = SessionCalendar.invitation(session, sequence, cancel, fromAddress(), where, clock.instant());
        for (Map.Entry<String, String> invitee : emails.entrySet()) {
            outbox.queue(new OutgoingMail(invitee.getValue(), invitee.getKey(), subject, text, null, MailKind.INVITATION, RELATED_TYPE,
                    session.id(), calendar));
        }
        return emails.size();
    }

    /** The committee's members and the users of every agency active on the day. */
    private Set<String> invitees(LocalDate day) {
        Set<String> invitees = new LinkedHashSet<>(users.usernamesWithRole(Role.COMMITTEE_MEMBER));
        agencies.list(AgencyFilter.activeOn(day, null)).forEach(agency -> invitees.addAll(users.usernamesOfAgency(agency.id())));
        return invitees;
    }

    /** The bare address of the portal's sender, the calendar's organiser. */
    private String fromAddress() {
        String from = settings.from();
        int open = from.indexOf('<');
        return open >= 0 && from.endsWith(">") ? from.substring(open + 1, from.length() - 1) : from;
    }
}
