package vn.gov.cchc.portal.mail.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gov.cchc.portal.common.Texts;
import vn.gov.cchc.portal.mail.MailSettings;

/**
 * Sends the outbox: the queued mails that are due, each in its own transaction ({@link OutboxSchedule} runs it every
 * few seconds on one node); a mail server that fails is tried again later with a doubling wait, an address that cannot be one
 * fails at once; either way the reason is kept for the administrator and nothing else waits on it.
 */
@Component
public class OutboxSender {

    private final OutboxRepository outbox;
    private final ObjectProvider<JavaMailSender> senders;
    private final MailSettings settings;
    private final TransactionTemplate transactions;
    private final Clock clock;

    OutboxSender(OutboxRepository outbox, ObjectProvider<JavaMailSender> senders, MailSettings settings,
            TransactionTemplate transactions, Clock clock) {
        this.outbox = outbox;
        this.senders = senders;
        this.settings = settings;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Sends what is due through the configured mail server (none: the mail waits in the outbox). */
    void sendDue() {
        JavaMailSender sender = senders.getIfAvailable();
        if (sender != null) {
            sendDue(sender);
        }
    }

    /** Sends what is due now through {@code sender}; returns how many were sent. */
    public int sendDue(JavaMailSender sender) {
        List<Long> due = outbox.findDue(clock.instant(), PageRequest.of(0, settings.batch()));
        int sent = 0;
        for (Long id : due) {
            Boolean ok = transactions.execute(status -> send(sender, outbox.findById(id).orElseThrow()));
            if (Boolean.TRUE.equals(ok)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean send(JavaMailSender sender, OutboxMessage message) {
        try {
            InternetAddress to = new InternetAddress(message.getRecipient(), true);
            MimeMessage mime = sender.createMimeMessage();
            boolean multipart = message.getHtml() != null || message.getCalendar() != null;
            MimeMessageHelper helper = new MimeMessageHelper(mime, multipart, "UTF-8");
            helper.setFrom(new InternetAddress(settings.from()));
            helper.setTo(to);
            helper.setSubject(message.getSubject());
            if (message.getHtml() != null) {
                helper.setText(message.getText(), message.getHtml());
            } else {
                helper.setText(message.getText());
            }
            if (message.getCalendar() != null) {
                String method = message.getCalendar().contains("METHOD:CANCEL") ? "CANCEL" : "REQUEST";
                helper.addAttachment("phien-hop.ics", new ByteArrayResource(
                        message.getCalendar().getBytes(StandardCharsets.UTF_8)),
                        "text/calendar; charset=UTF-8; method=" + method);
            }
            sender.send(mime);
            message.sent(clock.instant());
            return true;
        } catch (AddressException e) {
            message.failed(Texts.get(Texts.VIETNAMESE, "mail.error.badAddress", String.valueOf(e.getMessage())), clock.instant(), settings.firstRetry(), settings.maxAttempts(), true);
        } catch (MessagingException | MailException e) {
            message.failed(String.valueOf(e.getMessage()), clock.instant(), settings.firstRetry(), settings.maxAttempts(), false);
        }
        return false;
    }
}
