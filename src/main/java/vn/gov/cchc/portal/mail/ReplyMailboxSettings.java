package vn.gov.cchc.portal.mail;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The mailbox that receives the answers to the portal's invitations (the invitations' organiser) and the mail
 * servers' delivery failure reports, read by the portal every {@code interval}. On the default run it is a mailbox of
 * the embedded mail catcher; in production an IMAP mailbox set by environment variables (none set: not read).
 *
 * @param address  the organiser's address, where calendars send their answers
 * @param host     the IMAP server (empty: the embedded catcher's, or none)
 * @param port     its port
 * @param protocol {@code imap} or {@code imaps}
 * @param username the mailbox's login
 * @param password its password
 * @param interval how often the mailbox is read
 */
@ConfigurationProperties("portal.mail.replies")
public record ReplyMailboxSettings(@DefaultValue("moi-hop@cchc.gov.vn") String address, @DefaultValue("") String host,
        @DefaultValue("993") int port, @DefaultValue("imaps") String protocol, @DefaultValue("") String username,
        @DefaultValue("") String password, @DefaultValue("PT5M") Duration interval) {
}
