package vn.gov.cchc.portal.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor.TaskResult;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import vn.gov.cchc.portal.mail.MailKind;
import vn.gov.cchc.portal.mail.Outbox;
import vn.gov.cchc.portal.mail.OutgoingMail;
import vn.gov.cchc.portal.security.SystemAuthentication;
import vn.gov.cchc.portal.support.IntegrationTest;
import vn.gov.cchc.portal.support.Outboxes;

/**
 * Two nodes' schedulers wake at the same moment: the first takes the outbox's lock in the database and sends, the
 * second finds it taken and does nothing, so no mail goes out twice.
 */
@IntegrationTest
class OutboxLockTest {

    private static final String SUBJECT = "Giấy mời họp trực tuyến Ban Chỉ đạo: gửi một lần";

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxSender sender;

    @Autowired
    LockProvider locks;

    @Autowired
    JavaMailSender catcherSender;

    @Autowired
    GreenMail catcher;

    @Test
    void two_schedulers_at_once_send_each_mail_once() throws Exception {
        // mail other tests left due goes out first, so that this test's mail is in the first node's batch
        Outboxes.drain(sender, catcherSender);
        SystemAuthentication.runAsSystem(() -> outbox.queue(new OutgoingMail("vanphong@caobang.gov.vn", null, SUBJECT,
                "Kính mời dự phiên họp trực tuyến.", null, MailKind.TEST, null, null)));
        CountDownLatch sending = new CountDownLatch(1);
        CountDownLatch secondTried = new CountDownLatch(1);
        JavaMailSenderImpl slow = new JavaMailSenderImpl() {
            @Override
            protected void doSend(MimeMessage[] messages, Object[] originals) {
                sending.countDown();
                await(secondTried);
                super.doSend(messages, originals);
            }
        };
        JavaMailSenderImpl server = (JavaMailSenderImpl) catcherSender;
        slow.setHost(server.getHost());
        slow.setPort(server.getPort());

        CompletableFuture<TaskResult<Integer>> first = CompletableFuture.supplyAsync(() -> node(() -> sender.sendDue(slow)));
        await(sending);
        TaskResult<Integer> second = node(() -> sender.sendDue(catcherSender));
        secondTried.countDown();

        assertThat(second.wasExecuted()).as("the lock was taken").isFalse();
        assertThat(first.get(30, TimeUnit.SECONDS).getResult()).as("the first sent what was due").isPositive();
        assertThat(Arrays.stream(catcher.getReceivedMessages()).filter(message -> subject(message).equals(SUBJECT))).hasSize(1);
    }

    /** One node's scheduler: the job under the outbox's lock, as {@code @SchedulerLock} runs it. */
    private TaskResult<Integer> node(Supplier<Integer> job) {
        try {
            return new DefaultLockingTaskExecutor(locks).executeWithLock(
                    () -> SystemAuthentication.callAsSystem(job::get),
                    new LockConfiguration(ClockProvider.now(), OutboxSchedule.LOCK, Duration.ofMinutes(10), Duration.ZERO));
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return String.valueOf(message.getSubject());
        } catch (MessagingException e) {
            return "";
        }
    }
}
