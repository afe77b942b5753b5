package vn.gov.cchc.portal.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import vn.gov.cchc.portal.mail.internal.OutboxSender;
import vn.gov.cchc.portal.security.Role;
import vn.gov.cchc.portal.support.IntegrationTest;
import vn.gov.cchc.portal.support.Outboxes;
import vn.gov.cchc.portal.support.TestUsers;
import vn.gov.cchc.portal.user.UserSummary;

/**
 * The secretariat invites to a session: each member gets a mail with the session as a calendar invitation; a change
 * sends the update of the same event, a cancellation its cancel; sent through a real SMTP server with the calendar.
 */
@IntegrationTest
class SessionInvitationTest {

    @Autowired
    SessionService sessions;

    @Autowired
    SessionInvitationService invitations;

    @Autowired
    OutboxSender sender;

    @Autowired
    JavaMailSender mailServer;

    @Autowired
    GreenMail catcher;

    @Autowired
    TestUsers testUsers;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void an_invited_member_receives_the_invitation_its_update_and_its_cancellation_as_the_same_calendar_event() throws Exception {
        UserSummary secretary = testUsers.create(Role.SECRETARIAT, null);
        UserSummary member = testUsers.create(Role.COMMITTEE_MEMBER, null);
        jdbc.update("UPDATE user_account SET email = ? WHERE username = ?", "thanhvien.bcd@thu-nghiem.cchc.gov.vn", member.username());
        int number = (int) (System.nanoTime() % 90_000) + 1000;
        SessionDraft draft = new SessionDraft("MOI-HOP", number, "Phiên họp thứ " + number + " của Ban Chỉ đạo", SessionKind.REGULAR,
                LocalDateTime.of(2027, 1, 15, 8, 30), "Thủ tướng Chính phủ", SessionForm.ONLINE, null, LocalDate.of(2026, 7, 1),
                LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 5));
        SessionDetails created = testUsers.callAs(secretary, () -> sessions.create(draft));
        testUsers.runAs(secretary, () -> sessions.update(created.id(), created.version(), draft));
        assertThat(calendars(member, created.id())).as("not invited yet: a change sends nothing").isEmpty();

        assertThat(testUsers.callAs(secretary, () -> invitations.invite(created.id()))).isPositive();
        SessionDetails invited = testUsers.callAs(secretary, () -> sessions.get(created.id()));
        testUsers.runAs(secretary, () -> sessions.update(invited.id(), invited.version(), new SessionDraft(draft.term(), draft.number(),
                draft.title(), draft.kind(), LocalDateTime.of(2027, 1, 16, 14, 0), draft.chair(), draft.form(), null, draft.periodFrom(),
                draft.periodTo(), draft.cutoffDate())));
        SessionDetails moved = testUsers.callAs(secretary, () -> sessions.get(created.id()));
        testUsers.runAs(secretary, () -> sessions.cancel(moved.id(), moved.version(), "Lùi phiên họp theo chỉ đạo của Thủ tướng."));

        List<String> calendars = calendars(member, created.id());
        assertThat(calendars).hasSize(3);
        String uid = "UID:phien-hop-" + created.id() + "@cchc.gov.vn";
        assertThat(calendars.get(0)).contains(uid, "SEQUENCE:0", "METHOD:REQUEST", "DTSTART:20270115T013000Z");
        assertThat(calendars.get(1)).contains(uid, "SEQUENCE:1", "METHOD:REQUEST", "DTSTART:20270116T070000Z");
        assertThat(calendars.get(2)).contains(uid, "SEQUENCE:2", "METHOD:CANCEL", "STATUS:CANCELLED");

        // all invitations of every demo account

        Outboxes.drain(sender, mailServer);
        MimeMessage cancelMail = Arrays.stream(catcher.getReceivedMessages()).filter(message -> {
            try {
                return message.getAllRecipients()[0].toString().equals("thanhvien.bcd@thu-nghiem.cchc.gov.vn")
                        && message.getSubject().startsWith("Hủy phiên họp");
            } catch (Exception e) {
                return false;
            }
        }).findFirst().orElseThrow();
        Multipart parts = (Multipart) cancelMail.getContent();
        boolean hasCalendar = false;
        for (int i = 0; i < parts.getCount(); i++) {
            hasCalendar |= parts.getBodyPart(i).getContentType().startsWith("text/calendar");
        }
        assertThat(hasCalendar).as("the cancellation carries its calendar").isTrue();
    }

    private List<String> calendars(UserSummary user, long sessionId) {
        return jdbc.queryForList("SELECT calendar FROM mail_outbox WHERE username = ? AND related_type = 'SESSION' AND related_id = ?"
                + " ORDER BY id", String.class, user.username(), sessionId).stream()
                .map(ics -> ics.replace("\r\n ", "").replace("\r\n", "\n")).toList();
    }
}
