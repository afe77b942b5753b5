package vn.gov.cchc.portal.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.gov.cchc.portal.mail.internal.OutboxMessage;

/** A mail that fails is tried again after a doubling wait, until the last attempt; a bad address fails at once. */
class OutboxMessageTest {

    private static final Instant NOW = Instant.parse("2026-12-04T00:30:00Z");
    private static final Duration FIRST = Duration.ofMinutes(1);

    @Test
    void each_failure_doubles_the_wait_and_the_fifth_gives_up() {
        OutboxMessage message = new OutboxMessage(mail("lanhdao@caobang.gov.vn"), NOW);
        message.failed("Connection refused", NOW, FIRST, 5, false);
        assertThat(message.toEntry().nextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(1)));
        message.failed("Connection refused", NOW, FIRST, 5, false);
        assertThat(message.toEntry().nextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(2)));
        message.failed("Connection refused", NOW, FIRST, 5, false);
        assertThat(message.toEntry().nextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(4)));
        message.failed("Connection refused", NOW, FIRST, 5, false);
        assertThat(message.toEntry().state()).isEqualTo(MailState.QUEUED);
        message.failed("Connection refused", NOW, FIRST, 5, false);
        assertThat(message.toEntry().state()).isEqualTo(MailState.FAILED);
        assertThat(message.toEntry().attempts()).isEqualTo(5);
        assertThat(message.toEntry().lastError()).isEqualTo("Connection refused");

        message.resend(NOW.plusSeconds(600));
        assertThat(message.toEntry()).extracting(OutboxEntry::state, OutboxEntry::attempts).containsExactly(MailState.QUEUED, 0);
    }

    @Test
    void a_bad_address_fails_at_once() {
        OutboxMessage message = new OutboxMessage(mail("khong-phai-dia-chi"), NOW);
        message.failed("Địa chỉ không hợp lệ", NOW, FIRST, 5, true);
        assertThat(message.toEntry().state()).isEqualTo(MailState.FAILED);
    }

    private static OutgoingMail mail(String to) {
        return new OutgoingMail(to, "lanhdao.caobang", "Nhắc việc ngày 04/12/2026", "Nội dung", null, MailKind.DIGEST, null, null);
    }
}
