package vn.gov.cchc.portal.mail;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param from            the sender of every mail
 * @param catcher         start the embedded mail catcher (a real SMTP server in the portal) and send to it — the
 *                        default run's choice; production sets it off and configures {@code spring.mail.*}
 * @param catcherPort     its SMTP port (0: any free port)
 * @param sendInterval    how often the sender looks for mail to send
 * @param batch           the most mails one run sends
 * @param maxAttempts     attempts before a mail is given up as failed
 * @param firstRetry      the wait after the first failure; it doubles with each further failure
 * @param baseUrl         the portal's address, for links in mails
 */
@ConfigurationProperties("portal.mail")
public record MailSettings(@DefaultValue("Cổng thông tin Ban Chỉ đạo cải cách hành chính <no-reply@cchc.gov.vn>") String from,
        @DefaultValue("true") boolean catcher, @DefaultValue("0") int catcherPort, @DefaultValue("PT30S") Duration sendInterval,
        @DefaultValue("50") int batch, @DefaultValue("5") int maxAttempts, @DefaultValue("PT1M") Duration firstRetry,
        @DefaultValue("http://localhost:8080") String baseUrl) {
}
