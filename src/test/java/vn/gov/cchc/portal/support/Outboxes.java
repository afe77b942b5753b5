package vn.gov.cchc.portal.support;

import org.springframework.mail.javamail.JavaMailSender;
import vn.gov.cchc.portal.mail.internal.OutboxSender;
import vn.gov.cchc.portal.security.SystemAuthentication;

/** Sends every mail due in the outbox (those other tests queued too), a batch at a time, in a bounded number of batches. */
public final class Outboxes {

    /** 200 batches of 50: far more than the whole suite queues; a test that needs more has a runaway queue. */
    private static final int MAX_BATCHES = 200;

    private Outboxes() {
    }

    /** Returns how many mails were sent; fails if the outbox is still not empty after the last batch. */
    public static int drain(OutboxSender sender, JavaMailSender through) {
        int total = 0;
        for (int batch = 0; batch < MAX_BATCHES; batch++) {
            int sent = SystemAuthentication.callAsSystem(() -> sender.sendDue(through));
            if (sent == 0) {
                return total;
            }
            total += sent;
        }
        throw new AssertionError("The outbox still had mail due after " + MAX_BATCHES + " batches");
    }
}
