package vn.gov.cchc.portal.mail.internal;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import vn.gov.cchc.portal.mail.MailSettings;
import vn.gov.cchc.portal.mail.ReplyMailboxSettings;

/**
 * On the default run (and in the tests), a real SMTP server inside the portal — GreenMail — receives every mail the
 * portal sends, and the administrator reads them in the portal: a trial user sees what would have been sent, nothing
 * leaves the machine. Its IMAP side holds the replies mailbox, which the portal reads like a real one. Production turns it off ({@code portal.mail.catcher=false}) and sets {@code spring.mail.*}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "portal.mail.catcher", havingValue = "true", matchIfMissing = true)
class EmbeddedMailCatcher {

    @Bean(initMethod = "start", destroyMethod = "stop")
    GreenMail mailCatcher(MailSettings settings, ReplyMailboxSettings replies) {
        ServerSetup smtp = new ServerSetup(settings.catcherPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        ServerSetup imap = new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP).dynamicPort();
        GreenMail greenMail = new GreenMail(new ServerSetup[] {settings.catcherPort() == 0 ? smtp.dynamicPort() : smtp, imap});
        greenMail.setUser("portal", "portal");
        greenMail.setUser(replies.address(), replies.address(), ReplyReader.CATCHER_PASSWORD);
        return greenMail;
    }

    @Bean
    JavaMailSender mailSender(GreenMail mailCatcher) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(mailCatcher.getSmtp() == null ? 0 : mailCatcher.getSmtp().getPort());
        sender.setDefaultEncoding("UTF-8");
        return sender;
    }
}
