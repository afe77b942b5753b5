package vn.gov.cchc.portal.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.mail.internal.OutboxSender;
import vn.gov.cchc.portal.security.SystemAuthentication;
import vn.gov.cchc.portal.support.IntegrationTest;
import vn.gov.cchc.portal.support.Outboxes;
import vn.gov.cchc.portal.support.TestClock;

/**
 * Mail goes through the outbox to a real SMTP server (the embedded GreenMail catcher): sent and read back; a mail
 * server that refuses is tried again after the wait; a bad address fails at once and never stops the others.
 */
@IntegrationTest
class MailOutboxTest {

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxService admin;

    @Autowired
    OutboxSender sender;

    @Autowired
    JavaMailSender catcherSender;

    @Autowired
    GreenMail catcher;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_queued_mail_is_sent_to_the_smtp_server_with_its_text_and_html() throws Exception {
        sendWhatOtherTestsQueued();
        long id = SystemAuthentication.callAsSystem(() -> outbox.queue(new OutgoingMail("lanhdao@caobang.gov.vn", null,
                "Nhắc việc ngày 04/12/2026: 1 nội dung cần chú ý", "Đã quá hạn: Báo cáo kết quả khắc phục",
                "<p>Đã quá hạn: Báo cáo kết quả khắc phục</p>", MailKind.DIGEST, null, null)));
        SystemAuthentication.runAsSystem(() -> sender.sendDue(catcherSender));

        MimeMessage received = Arrays.stream(catcher.getReceivedMessages()).filter(message -> {
            try {
                return message.getSubject().equals("Nhắc việc ngày 04/12/2026: 1 nội dung cần chú ý");
            } catch (Exception e) {
                return false;
            }
        }).findFirst().orElseThrow();
        assertThat(received.getAllRecipients()[0].toString()).isEqualTo("lanhdao@caobang.gov.vn");
        assertThat(state(id)).isEqualTo("SENT");
        assertThat(SystemAuthentication.callAsSystem(() -> admin.caught())).extracting(CaughtMail::text)
                .anyMatch(text -> text.contains("Đã quá hạn: Báo cáo kết quả khắc phục"));
    }

    @Test
    void a_refusing_server_is_tried_again_after_the_wait_and_a_bad_address_fails_at_once() {
        JavaMailSenderImpl closed = new JavaMailSenderImpl();
        closed.setHost("127.0.0.1");
        closed.setPort(1);
        sendWhatOtherTestsQueued();
        clock.stopped(() -> {
            long refused = SystemAuthentication.callAsSystem(() -> outbox.queue(mail("chuyenvien@quangninh.gov.vn")));
            long bad = SystemAuthentication.callAsSystem(() -> outbox.queue(mail("khong phai dia chi")));
            SystemAuthentication.runAsSystem(() -> sender.sendDue(closed));
            assertThat(state(refused)).isEqualTo("QUEUED");
            assertThat(jdbc.queryForObject("SELECT attempts FROM mail_outbox WHERE id = ?", Integer.class, refused)).isEqualTo(1);
            assertThat(state(bad)).as("an address that cannot be one").isEqualTo("FAILED");

            SystemAuthentication.runAsSystem(() -> sender.sendDue(catcherSender));
            assertThat(state(refused)).as("not before the wait").isEqualTo("QUEUED");
            clock.advance(Duration.ofMinutes(2));
            SystemAuthentication.runAsSystem(() -> sender.sendDue(catcherSender));
            assertThat(state(refused)).isEqualTo("SENT");
            return null;
        });
        assertThat(SystemAuthentication.callAsSystem(() -> admin.newest())).extracting(OutboxEntry::lastError)
                .anyMatch(error -> error != null && error.startsWith("Địa chỉ không hợp lệ"));
    }

    /** The outbox sends the oldest due first, a batch at a time: the digests other tests queued go first. */
    private void sendWhatOtherTestsQueued() {
        // every batch
        Outboxes.drain(sender, catcherSender);
    }

    private static OutgoingMail mail(String to) {
        return new OutgoingMail(to, null, "Nhắc việc ngày " + LocalDate.now(PortalTime.ZONE), "Nội dung nhắc việc", null,
                MailKind.TEST, null, null);
    }

    private String state(long id) {
        return jdbc.queryForObject("SELECT state FROM mail_outbox WHERE id = ?", String.class, id);
    }
}
