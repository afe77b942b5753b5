package vn.gov.cchc.portal.mail.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gov.cchc.portal.mail.MailSettings;

/**
 * Sends the outbox: every few seconds, on one node (ShedLock), the queued mails that are due, each in its own
 * transaction; a mail server that fails is tried again later with a doubling wait, an address that cannot be one
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

    @Scheduled(fixedDelayString = "${portal.mail.send-interval:PT30S}", initialDelayString = "${portal.mail.send-interval:PT30S}")
    @SchedulerLock(name = "mail-outbox", lockAtMostFor = "PT10M")
    void everyFewSeconds() {
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
            MimeMessageHelper helper = new MimeMessageHelper(mime, message.getHtml() != null, "UTF-8");
            helper.setFrom(new InternetAddress(settings.from()));
            helper.setTo(to);
            helper.setSubject(message.getSubject());
            if (message.getHtml() != null) {
                helper.setText(message.getText(), message.getHtml());
            } else {
                helper.setText(message.getText());
            }
            sender.send(mime);
            message.sent(clock.instant());
            return true;
        } catch (AddressException e) {
            message.failed("Địa chỉ không hợp lệ: " + e.getMessage(), clock.instant(), settings.firstRetry(), settings.maxAttempts(), true);
        } catch (MessagingException | MailException e) {
            message.failed(String.valueOf(e.getMessage()), clock.instant(), settings.firstRetry(), settings.maxAttempts(), false);
        }
        return false;
    }
}
