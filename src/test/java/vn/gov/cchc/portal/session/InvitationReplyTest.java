package vn.gov.cchc.portal.session;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Properties;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import vn.gov.cchc.portal.mail.MailKind;
import vn.gov.cchc.portal.mail.Outbox;
import vn.gov.cchc.portal.mail.OutgoingMail;
import vn.gov.cchc.portal.mail.ReplyAnswer;
import vn.gov.cchc.portal.mail.internal.OutboxSender;
import vn.gov.cchc.portal.mail.internal.ReplyReader;
import vn.gov.cchc.portal.security.Role;
import vn.gov.cchc.portal.security.SystemAuthentication;
import vn.gov.cchc.portal.support.IntegrationTest;
import vn.gov.cchc.portal.support.Outboxes;
import vn.gov.cchc.portal.support.TestTasks;
import vn.gov.cchc.portal.support.TestUsers;
import vn.gov.cchc.portal.user.UserSummary;

/**
 * Invitees' calendars answer the invitation by mail to the replies mailbox (IMAP on the embedded mail server): a
 * province officer's acceptance records the province present, a committee member's refusal is kept; a mail server's
 * delivery failure report marks the mail it concerns as failed for the administrator; each mail is read once.
 */
@IntegrationTest
class InvitationReplyTest {

    private static final String REPLIES = "moi-hop@cchc.gov.vn";

    @Autowired
    SessionService sessions;

    @Autowired
    SessionInvitationService invitations;

    @Autowired
    AttendanceService attendance;

    @Autowired
    ReplyReader replies;

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxSender sender;

    @Autowired
    JavaMailSender mailServer;

    @Autowired
    TestUsers testUsers;

    @Autowired
    TestTasks testTasks;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void an_officers_acceptance_records_the_province_present_and_a_members_refusal_is_kept() throws Exception {
        UserSummary secretary = testUsers.create(Role.SECRETARIAT, null);
        UserSummary officer = testUsers.create(Role.AGENCY_OFFICER, "cao-bang", "vanphong.ubnd@caobang.gov.vn");
        UserSummary member = testUsers.create(Role.COMMITTEE_MEMBER, null, "uyvien.bcd@thu-nghiem.cchc.gov.vn");
        int number = (int) (System.nanoTime() % 90_000) + 1000;
        SessionDraft draft = new SessionDraft("TRA-LOI", number, "Phiên họp thứ " + number + " của Ban Chỉ đạo", SessionKind.REGULAR,
                LocalDateTime.of(2027, 2, 20, 8, 30), "Thủ tướng Chính phủ", SessionForm.ONLINE, null, LocalDate.of(2026, 7, 1),
                LocalDate.of(2026, 12, 31), LocalDate.of(2027, 2, 10));
        long session = testUsers.callAs(secretary, () -> sessions.create(draft)).id();
        testUsers.callAs(secretary, () -> invitations.invite(session));
        assertThat(jdbc.queryForObject("SELECT calendar FROM mail_outbox WHERE username = ? AND kind = 'INVITATION'", String.class,
                officer.username())).contains("ORGANIZER:mailto:" + REPLIES).contains("mailto:vanphong.ubnd@caobang.gov.vn");

        answer(session, "vanphong.ubnd@caobang.gov.vn", "ACCEPTED");
        answer(session, "uyvien.bcd@thu-nghiem.cchc.gov.vn", "DECLINED");
        assertThat(read()).isGreaterThanOrEqualTo(2);
        assertThat(read()).as("each mail is read once").isZero();

        long caoBang = testTasks.agencyId("cao-bang");
        Attendance province = testUsers.callAs(secretary, () -> attendance.list(session)).stream()
                .filter(row -> row.agencyId() == caoBang).findFirst().orElseThrow();
        assertThat(province.status()).isEqualTo(AttendanceStatus.PRESENT);
        assertThat(testUsers.callAs(secretary, () -> invitations.replies(session)))
                .extracting(InvitationReply::username, InvitationReply::agencyId, InvitationReply::answer)
                .containsExactlyInAnyOrder(Tuple.tuple(officer.username(), caoBang, ReplyAnswer.ACCEPTED),
                        Tuple.tuple(member.username(), null, ReplyAnswer.DECLINED));
    }

    @Test
    void a_delivery_failure_report_marks_the_mail_failed_for_the_administrator() throws Exception {
        long id = SystemAuthentication.callAsSystem(() -> outbox.queue(new OutgoingMail("vanthu.cu@langson.gov.vn", null,
                "Giấy mời họp trực tuyến", "Kính mời dự phiên họp.", null, MailKind.TEST, null, null)));
        // the mails other tests queued go first
        Outboxes.drain(sender, mailServer);
        assertThat(state(id)).isEqualTo("SENT");

        send("""
                From: MAILER-DAEMON@mail.langson.gov.vn
                To: %s
                Subject: Undelivered Mail Returned to Sender
                MIME-Version: 1.0
                Content-Type: multipart/report; report-type=delivery-status; boundary="dsn"

                --dsn
                Content-Type: text/plain; charset=UTF-8

                This is the mail system at host mail.langson.gov.vn. Your message could not be delivered.
                --dsn
                Content-Type: message/delivery-status

                Reporting-MTA: dns; mail.langson.gov.vn

                Final-Recipient: rfc822; vanthu.cu@langson.gov.vn
                Action: failed
                Status: 5.1.1
                Diagnostic-Code: smtp; 550 5.1.1 User unknown
                --dsn--
                """.formatted(REPLIES));
        read();

        assertThat(state(id)).isEqualTo("FAILED");
        assertThat(jdbc.queryForObject("SELECT last_error FROM mail_outbox WHERE id = ?", String.class, id))
                .isEqualTo("Máy chủ thư báo không chuyển được thư: smtp; 550 5.1.1 User unknown");
    }

    /** What an invitee's calendar sends when they answer: an iCalendar REPLY to the organiser. */
    private void answer(long session, String attendee, String partstat) throws Exception {
        send("""
                From: %s
                To: %s
                Subject: =?UTF-8?Q?Tr=E1=BA=A3_l=E1=BB=9Di?=: Phien hop
                MIME-Version: 1.0
                Content-Type: text/calendar; method=REPLY; charset=UTF-8

                BEGIN:VCALENDAR
                PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
                VERSION:2.0
                METHOD:REPLY
                BEGIN:VEVENT
                UID:%s
                DTSTAMP:20261204T020000Z
                SEQUENCE:0
                ORGANIZER:mailto:%s
                ATTENDEE;PARTSTAT=%s:mailto:%s
                END:VEVENT
                END:VCALENDAR
                """.formatted(attendee, REPLIES, SessionCalendar.uid(session), REPLIES, partstat, attendee));
    }

    private void send(String raw) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(raw.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)));
        mailServer.send(message);
    }

    private int read() {
        return SystemAuthentication.callAsSystem(replies::read);
    }

    private String state(long id) {
        return jdbc.queryForObject("SELECT state FROM mail_outbox WHERE id = ?", String.class, id);
    }
}
